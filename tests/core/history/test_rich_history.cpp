#include "CalendarFixture.h"
#include "HistoryBuilders.h"
#include "TempDatabase.h"

#include "calendar/UkDate.h"
#include "chronology/ChronologyRepository.h"
#include "history/HistoryRepository.h"
#include "history/TimelineRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// A pupil with a long history written through the repositories: the chronology, the support tried, the figures
// per year and the timeline all read it back the same way.
class RichHistoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_h = buildRichHistory(db());
        ASSERT_NE(m_h.ehe, 0);
    }

    RichHistory m_h;
};

TEST_F(RichHistoryTest, ChronologyHasEveryEventInOrderAndLeavesOutTheVoided)
{
    auto events = ChronologyRepository(db()).eventsForPupil(m_h.pupil, false);
    ASSERT_TRUE(events) << events.error().message.toStdString();
    QStringList rows;
    for (const ChronologyEvent& e : *events) {
        rows << QStringList{e.date.toString(Qt::ISODate), e.kind, e.schoolName, e.detail, e.detail2}.join(
            QStringLiteral("|"));
    }
    EXPECT_EQ(rows, (QStringList{
                        QStringLiteral("2018-09-05|enrolled|Westbrook Primary|single|"),
                        QStringLiteral("2022-07-22|left_school|Westbrook Primary|moved_school|"),
                        QStringLiteral("2022-09-05|enrolled|Northfield Academy|single|"),
                        QStringLiteral("2023-03-06|suspension|Northfield Academy|DB|4"),
                        QStringLiteral("2023-11-06|suspension|Northfield Academy|VA, DB|2"),
                        QStringLiteral("2024-01-12|left_school|Northfield Academy|managed_move|"),
                        QStringLiteral("2024-01-15|enrolled|Southgate High School|single|"),
                        QStringLiteral("2024-01-15|managed_move|Southgate High School|successful|"),
                        QStringLiteral("2024-10-07|suspension|Southgate High School|DB, VA|2"),
                        QStringLiteral("2024-11-01|support|Southgate High School|early_help|"),
                        QStringLiteral("2025-02-03|suspension|Southgate High School|DB|1"),
                        QStringLiteral("2025-02-10|psp_started|Southgate High School|completed|"),
                        QStringLiteral("2025-03-10|pip_referral|Southgate High School|decided|"
                                       "Three suspensions this term despite a PSP"),
                        QStringLiteral("2025-03-10|psp_review|Southgate High School||Targets half met"),
                        QStringLiteral("2025-03-24|pip_decision|Southgate High School|outreach_support|"),
                        QStringLiteral("2025-04-28|ap_placement|||Horizons Learning Centre"),
                        QStringLiteral("2025-09-15|suspension|Southgate High School|PA|4"),
                        QStringLiteral("2025-11-03|permanent_exclusion|Southgate High School|PA|"),
                        QStringLiteral("2025-11-05|case_note||general|Parent phoned about the exclusion"),
                        QStringLiteral("2025-11-20|board_meeting|Southgate High School|upheld|"),
                        QStringLiteral("2025-11-21|left_school|Southgate High School|permanent_exclusion|"),
                        QStringLiteral("2025-12-01|ehe|Southgate High School||"),
                    }));
    // Each event names the record it opens; a PSP review opens its plan.
    const auto review = std::find_if(events->begin(), events->end(),
                                     [](const ChronologyEvent& e) { return e.kind == QLatin1String("psp_review"); });
    ASSERT_NE(review, events->end());
    EXPECT_EQ(review->source, QStringLiteral("psps"));
    EXPECT_EQ(review->recordId, m_h.psp);
}

TEST_F(RichHistoryTest, SupportTriedShowsTheOneGapBeforeTheExclusion)
{
    auto history =
        HistoryRepository(db()).historyForPupil(m_h.pupil, CalendarSet(fixtureCalendar()), richHistoryAsOf());
    ASSERT_TRUE(history) << history.error().message.toStdString();
    ASSERT_EQ(history->supportTried.size(), 1u);
    const SupportBeforeExclusion& before = history->supportTried[0];
    EXPECT_EQ(before.exclusionId, m_h.exclusion);
    EXPECT_EQ(before.schoolId, m_h.southgate);
    QStringList lines;
    for (const AvenueTried& a : before.avenues) {
        lines << a.name + QStringLiteral(": ") + describeAvenue(a);
    }
    EXPECT_EQ(lines, (QStringList{
                         QStringLiteral("Pastoral support plan: Tried 10/02/2025"),
                         QStringLiteral("PIP referral: Tried 10/03/2025"),
                         QStringLiteral("EHC needs assessment: Not tried before the exclusion"),
                         QStringLiteral("Early help: Tried 01/11/2024"),
                         QStringLiteral("Outreach: Tried 24/03/2025"),
                         QStringLiteral("Alternative provision: Tried 28/04/2025"),
                         QStringLiteral("Managed move: Tried 15/01/2024"),
                     }));
    EXPECT_EQ(before.gaps(), 1);
}

TEST_F(RichHistoryTest, YearlyFiguresCoverEveryYearOnRoll)
{
    auto history =
        HistoryRepository(db()).historyForPupil(m_h.pupil, CalendarSet(fixtureCalendar()), richHistoryAsOf());
    ASSERT_TRUE(history) << history.error().message.toStdString();
    QStringList got;
    for (const YearFigures& y : history->years) {
        QStringList reasons;
        for (const auto& [code, times] : y.reasons) {
            reasons << QStringLiteral("%1x%2").arg(code).arg(times);
        }
        QStringList schools;
        for (qint64 id : y.schoolIds) {
            schools << (id == m_h.westbrook    ? QStringLiteral("W")
                        : id == m_h.northfield ? QStringLiteral("N")
                                               : QStringLiteral("S"));
        }
        got << QStringLiteral("%1 %2 susp %3 days [%4] pex %5 %6")
                   .arg(y.year.label())
                   .arg(y.suspensions)
                   .arg(y.suspensionDays)
                   .arg(reasons.join(QLatin1Char(' ')))
                   .arg(y.permanentExclusions)
                   .arg(schools.join(QLatin1Char('+')));
    }
    EXPECT_EQ(got, (QStringList{
                       QStringLiteral("2018/19 0 susp 0 days [] pex 0 W"),
                       QStringLiteral("2019/20 0 susp 0 days [] pex 0 W"),
                       QStringLiteral("2020/21 0 susp 0 days [] pex 0 W"),
                       QStringLiteral("2021/22 0 susp 0 days [] pex 0 W"),
                       QStringLiteral("2022/23 1 susp 2 days [DBx1] pex 0 N"),
                       QStringLiteral("2023/24 1 susp 1 days [DBx1 VAx1] pex 0 N+S"),
                       QStringLiteral("2024/25 2 susp 1.5 days [DBx2 VAx1] pex 0 S"),
                       QStringLiteral("2025/26 1 susp 2 days [PAx1] pex 1 S"),
                   }));
}

TEST_F(RichHistoryTest, TimelineDrawsEveryKindOfRecordInOneQuery)
{
    TimelineRepository repository(db());
    EXPECT_EQ(repository.statement(m_h.pupil).sql.count(QStringLiteral("SELECT")),
              13); // the union, 8 branches, 2 reason lists, each ordered as the school gave them
    auto timeline = repository.timelineForPupil(m_h.pupil, richHistoryAsOf());
    ASSERT_TRUE(timeline) << timeline.error().message.toStdString();
    const TimelineData& t = *timeline;
    ASSERT_EQ(t.years.size(), 8u);
    EXPECT_EQ(t.years.front().label(), QStringLiteral("2018/19"));
    EXPECT_EQ(t.years.back().label(), QStringLiteral("2025/26"));

    ASSERT_EQ(t.schools.size(), 3u);
    EXPECT_EQ(t.schools[0].name, QStringLiteral("Westbrook Primary"));
    EXPECT_EQ(t.schools[1].name, QStringLiteral("Northfield Academy"));
    EXPECT_EQ(t.schools[2].name, QStringLiteral("Southgate High School"));
    EXPECT_EQ(t.schools[2].enrolmentId, m_h.southgateEnrolment);
    EXPECT_EQ(t.schools[2].end, QDate(2025, 11, 21));
    EXPECT_EQ(t.rows(TimelineLane::Schools), 1);

    ASSERT_EQ(t.suspensions.size(), 5u); // the voided one is left out
    for (const TimelineSuspension& s : t.suspensions) {
        EXPECT_NE(s.id, m_h.voidedSuspension);
    }
    EXPECT_EQ(describeSuspension(t.suspensions[1]),
              QStringLiteral("06/11/2023: suspension of 1 day from Northfield Academy (VA, DB)"));
    EXPECT_TRUE(t.suspensions[3].lunchtime);

    ASSERT_EQ(t.exclusions.size(), 1u);
    EXPECT_EQ(t.exclusions[0].standing, ExclusionStanding::Upheld);
    EXPECT_EQ(describeExclusion(t.exclusions[0]),
              QStringLiteral("03/11/2025: permanent exclusion from Southgate High School (PA), upheld"));

    QStringList spans;
    for (const TimelineSpan& s : t.spans) {
        spans << describeSpan(s);
    }
    EXPECT_EQ(spans,
              (QStringList{
                  QStringLiteral("Pastoral support plan, Southgate High School: 10/02/2025 to 13/06/2025"),
                  QStringLiteral("Managed move, Southgate High School: 15/01/2024 to 12/04/2024"),
                  QStringLiteral("Alternative provision with Horizons Learning Centre: 28/04/2025 to 18/07/2025"),
                  QStringLiteral("Elective home education, Southgate High School: from 01/12/2025, still open"),
              }));
    ASSERT_EQ(t.marks.size(), 2u);
    EXPECT_EQ(describeMark(t.marks[1]), QStringLiteral("24/03/2025: inclusion panel decision: Outreach support"));
    EXPECT_EQ(describeTimeline(t),
              QStringLiteral("Timeline 2018/19 to 2025/26: 3 schools, 5 suspensions (6.5 days), 1 permanent exclusion, "
                             "1 PSP, 2 placements, 1 EHE/CME registration, 1 inclusion panel referral."));
}

} // namespace
} // namespace casebook::test
