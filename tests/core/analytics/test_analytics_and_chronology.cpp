#include "Builders.h"
#include "TempDatabase.h"

#include "analytics/AnalyticsRepository.h"
#include "chronology/ChronologyRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarImport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// Two schools on the 2024/25 calendar; suspensions and an exclusion worked out by hand.
class AnalyticsTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        m_north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_south = schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate"))).value();
        ASSERT_TRUE(schools.setRoll(m_north, QStringLiteral("2024/25"), 800).ok());
        ASSERT_TRUE(loadFixtureTermDates(db()));
        PupilRepository pupils(db());
        m_jo = pupils.insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1))).value();
        m_sam = pupils.insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Carter"), QDate(2010, 2, 9))).value();
        ExclusionRepository cases(db());
        suspend(m_jo, m_north, QDate(2024, 9, 10), 4, {QStringLiteral("DB")});
        suspend(m_jo, m_north, QDate(2024, 11, 12), 1, {QStringLiteral("VA")});
        suspend(m_sam, m_north, QDate(2024, 12, 2), 6, {QStringLiteral("PP"), QStringLiteral("DB")});
        suspend(m_sam, m_north, QDate(2025, 2, 3), 2, {QStringLiteral("DB")});
        suspend(m_sam, m_south, QDate(2024, 10, 1), 2, {QStringLiteral("DM")});
        // A voided record never counts.
        const qint64 voided = suspend(m_sam, m_north, QDate(2024, 10, 2), 2, {QStringLiteral("DB")});
        ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET voided_at = '2024-10-03T09:00:00Z', "
                                        "void_reason = 'entered twice' WHERE id = %1")
                             .arg(voided)));
        PermanentExclusion x;
        x.pupilId = m_sam;
        x.schoolId = m_north;
        x.decisionDate = QDate(2025, 3, 3);
        x.reasonCodes = {QStringLiteral("PA")};
        x.boardMeetingOn = QDate(2025, 3, 17);
        x.boardOutcome = QStringLiteral("upheld");
        ASSERT_TRUE(cases.insertExclusion(x).ok());
    }

    qint64 suspend(qint64 pupil, qint64 school, QDate first, int sessions, QStringList reasons)
    {
        Suspension s;
        s.pupilId = pupil;
        s.schoolId = school;
        s.firstDay = first;
        s.sessions = sessions;
        s.reasonCodes = std::move(reasons);
        auto id = ExclusionRepository(db()).insertSuspension(s);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 m_north = 0;
    qint64 m_south = 0;
    qint64 m_jo = 0;
    qint64 m_sam = 0;
};

TEST_F(AnalyticsTest, SchoolTrendCountsPerTermWithRates)
{
    auto trend = AnalyticsRepository(db()).schoolTrend(m_north);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    ASSERT_EQ(trend->size(), 3); // the three terms of 2024/25
    const TermFigures& autumn = trend->at(0);
    EXPECT_EQ(autumn.term, QStringLiteral("autumn"));
    EXPECT_EQ(autumn.suspensions, 3);
    EXPECT_EQ(autumn.pupilsSuspended, 2);
    EXPECT_DOUBLE_EQ(autumn.days, 5.5); // (4 + 1 + 6) sessions
    EXPECT_EQ(autumn.headcount, 800);
    EXPECT_DOUBLE_EQ(autumn.suspensionRate(), 0.375);
    EXPECT_DOUBLE_EQ(autumn.oneOrMoreRate(), 0.25);
    const TermFigures& spring = trend->at(1);
    EXPECT_EQ(spring.suspensions, 1);
    EXPECT_EQ(spring.permanentExclusions, 1);
    EXPECT_DOUBLE_EQ(spring.permanentExclusionRate(), 0.125);
    EXPECT_EQ(trend->at(2).suspensions, 0);
}

TEST_F(AnalyticsTest, LaTermListsEverySchoolEvenWithoutSuspensions)
{
    auto la = AnalyticsRepository(db()).laTerm(QStringLiteral("2024/25"), QStringLiteral("autumn"));
    ASSERT_TRUE(la.ok()) << la.error().message.toStdString();
    ASSERT_EQ(la->size(), 2);
    EXPECT_EQ(la->at(0).schoolName, QStringLiteral("Northfield"));
    EXPECT_EQ(la->at(0).suspensions, 3);
    EXPECT_EQ(la->at(1).schoolName, QStringLiteral("Southgate"));
    EXPECT_EQ(la->at(1).suspensions, 1);
    EXPECT_EQ(la->at(1).headcount, -1); // no census figure: no rate
    EXPECT_DOUBLE_EQ(la->at(1).suspensionRate(), 0.0);
    auto summer = AnalyticsRepository(db()).laTerm(QStringLiteral("2024/25"), QStringLiteral("summer"));
    ASSERT_TRUE(summer.ok());
    EXPECT_EQ(summer->at(0).suspensions, 0);
}

TEST_F(AnalyticsTest, ChronologyHasEveryEventNewestFirstAcrossSchools)
{
    auto events = ChronologyRepository(db()).eventsForPupil(m_sam);
    ASSERT_TRUE(events.ok()) << events.error().message.toStdString();
    ASSERT_EQ(events->size(), 5); // 3 suspensions (the voided one left out), the exclusion, its board meeting
    EXPECT_EQ(events->at(0).kind, QStringLiteral("board_meeting"));
    EXPECT_EQ(events->at(0).date, QDate(2025, 3, 17));
    EXPECT_EQ(events->at(0).detail, QStringLiteral("upheld"));
    EXPECT_EQ(events->at(1).kind, QStringLiteral("permanent_exclusion"));
    EXPECT_EQ(events->at(4).kind, QStringLiteral("suspension"));
    EXPECT_EQ(events->at(4).schoolName, QStringLiteral("Southgate"));
    EXPECT_EQ(events->at(4).date, QDate(2024, 10, 1));
    const ChronologyEvent& december = events->at(3);
    EXPECT_EQ(december.date, QDate(2024, 12, 2));
    EXPECT_TRUE(december.detail.contains(QStringLiteral("PP")));
    EXPECT_TRUE(december.detail.contains(QStringLiteral("DB")));
    EXPECT_EQ(december.detail2, QStringLiteral("6")); // sessions

    auto oldest = ChronologyRepository(db()).eventsForPupil(m_sam, false);
    ASSERT_TRUE(oldest.ok());
    EXPECT_EQ(oldest->front().date, QDate(2024, 10, 1));
}

} // namespace
} // namespace casebook::test
