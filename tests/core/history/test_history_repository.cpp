#include "Builders.h"
#include "CalendarFixture.h"
#include "TempDatabase.h"

#include "chronology/ChronologyRepository.h"
#include "history/HistoryRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class HistoryRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_first =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_second =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southgate"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        buildRichHistory();
    }

    // Runs `sql` with %1 = pupil, %2 = first school, %3 = second school.
    void run(const QString& sql)
    {
        QString text = sql;
        text.replace(QStringLiteral("%1"), QString::number(m_pupil))
            .replace(QStringLiteral("%2"), QString::number(m_first))
            .replace(QStringLiteral("%3"), QString::number(m_second));
        ASSERT_TRUE(exec(text)) << text.toStdString();
    }

    qint64 lastId(const QString& table)
    {
        QSqlQuery q(sql());
        q.exec(QStringLiteral("SELECT max(id) FROM ") + table);
        q.next();
        return q.value(0).toLongLong();
    }

    void suspension(const QString& school, const QString& firstDay, int sessions, const QString& category,
                    const QStringList& reasons, bool voided = false)
    {
        run(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, category, first_day, sessions, voided_at, "
                           "void_reason) VALUES (%1, ") +
            school +
            QStringLiteral(", '%4', '%5', %6, %7)")
                .arg(category, firstDay)
                .arg(sessions)
                .arg(voided ? QStringLiteral("'2025-10-07', 'Entered twice'") : QStringLiteral("NULL, NULL")));
        const qint64 id = lastId(QStringLiteral("suspensions"));
        for (int i = 0; i < reasons.size(); ++i) {
            ASSERT_TRUE(exec(QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                            "VALUES (%1, %2, '%3')")
                                 .arg(id)
                                 .arg(i + 1)
                                 .arg(reasons[i])));
        }
    }

    void buildRichHistory()
    {
        // Northfield for the autumn term of 2024/25, then Southgate.
        run(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date, leaving_reason, "
                           "destination_school_id) VALUES (%1, %2, '2024-09-03', '2025-01-10', 'moved_school', %3)"));
        run(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %3, '2025-01-13')"));
        // Monday 07/10/2024, a whole day; a lunchtime on Monday 03/02/2025; two days from Monday 15/09/2025;
        // and a voided one that must not count.
        suspension(QStringLiteral("%2"), QStringLiteral("2024-10-07"), 2, QStringLiteral("suspension"),
                   {QStringLiteral("DB"), QStringLiteral("VA")});
        suspension(QStringLiteral("%3"), QStringLiteral("2025-02-03"), 1, QStringLiteral("lunchtime"),
                   {QStringLiteral("DB")});
        suspension(QStringLiteral("%3"), QStringLiteral("2025-09-15"), 4, QStringLiteral("suspension"),
                   {QStringLiteral("PA")});
        suspension(QStringLiteral("%3"), QStringLiteral("2025-10-06"), 10, QStringLiteral("suspension"),
                   {QStringLiteral("DB")}, true);
        // A PSP, a voided PSP, a referral the panel decided on (outreach), the exclusion, then an EHC needs
        // assessment asked for only after it.
        run(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, status) "
                           "VALUES (%1, %3, '2025-02-10', 'active')"));
        run(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, voided_at, void_reason) "
                           "VALUES (%1, %3, '2025-03-03', '2025-03-04', 'Wrong pupil')"));
        run(QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, status, decision, "
                           "decision_on) VALUES (%1, %3, '2025-03-10', 'Escalating behaviour', 'decided', "
                           "'outreach_support', '2025-03-24')"));
        run(QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, effective_date) "
                           "VALUES (%1, %3, '2025-11-03', '2025-11-04')"));
        run(QStringLiteral("INSERT INTO support_interventions (pupil_id, school_id, kind, start_date) "
                           "VALUES (%1, %3, 'ehc_needs_assessment', '2025-11-20')"));
    }

    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_pupil = 0;
};

TEST_F(HistoryRepositoryTest, RichHistoryGivesYearlyFiguresSupportGapsAndChronology)
{
    auto history = HistoryRepository(db()).historyForPupil(m_pupil, CalendarSet(fixtureCalendar()), QDate(2026, 3, 2));
    ASSERT_TRUE(history) << history.error().message.toStdString();
    EXPECT_EQ(history->pupilId, m_pupil);

    ASSERT_EQ(history->years.size(), 2u);
    const YearFigures& first = history->years[0];
    EXPECT_EQ(first.year.label(), QStringLiteral("2024/25"));
    EXPECT_EQ(first.suspensions, 2);
    EXPECT_DOUBLE_EQ(first.suspensionDays, 1.5);
    EXPECT_EQ(first.reasons,
              (std::vector<std::pair<QString, int>>{{QStringLiteral("DB"), 2}, {QStringLiteral("VA"), 1}}));
    EXPECT_EQ(first.permanentExclusions, 0);
    EXPECT_EQ(first.schoolIds, (std::vector<qint64>{m_first, m_second}));
    const YearFigures& second = history->years[1];
    EXPECT_EQ(second.year.label(), QStringLiteral("2025/26"));
    EXPECT_EQ(second.suspensions, 1);
    EXPECT_DOUBLE_EQ(second.suspensionDays, 2.0);
    EXPECT_EQ(second.reasons, (std::vector<std::pair<QString, int>>{{QStringLiteral("PA"), 1}}));
    EXPECT_EQ(second.permanentExclusions, 1);
    EXPECT_EQ(second.schoolIds, std::vector<qint64>{m_second});

    ASSERT_EQ(history->supportTried.size(), 1u);
    const SupportBeforeExclusion& before = history->supportTried[0];
    EXPECT_EQ(before.decisionDate, QDate(2025, 11, 3));
    EXPECT_EQ(before.schoolId, m_second);
    QStringList lines;
    for (const AvenueTried& a : before.avenues) {
        lines << a.name + QStringLiteral(": ") + describeAvenue(a);
    }
    EXPECT_EQ(lines, (QStringList{
                         QStringLiteral("Pastoral support plan: Tried 10/02/2025"),
                         QStringLiteral("PIP referral: Tried 10/03/2025"),
                         QStringLiteral("EHC needs assessment: Not tried before the exclusion"),
                         QStringLiteral("Early help: Not tried before the exclusion"),
                         QStringLiteral("Outreach: Tried 24/03/2025"),
                         QStringLiteral("Alternative provision: Not tried before the exclusion"),
                         QStringLiteral("Managed move: Not tried before the exclusion"),
                     }));
    EXPECT_EQ(before.gaps(), 4);

    auto events = ChronologyRepository(db()).eventsForPupil(m_pupil, false);
    ASSERT_TRUE(events);
    QStringList rows;
    for (const ChronologyEvent& e : *events) {
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(e.date.toString(Qt::ISODate), e.kind, e.schoolName, e.detail, e.detail2)
                    .trimmed();
    }
    EXPECT_EQ(rows, (QStringList{
                        QStringLiteral("2024-09-03 enrolled Northfield single"),
                        QStringLiteral("2024-10-07 suspension Northfield DB, VA 2"),
                        QStringLiteral("2025-01-10 left_school Northfield moved_school"),
                        QStringLiteral("2025-01-13 enrolled Southgate single"),
                        QStringLiteral("2025-02-03 suspension Southgate DB 1"),
                        QStringLiteral("2025-02-10 psp_started Southgate active"),
                        QStringLiteral("2025-03-10 pip_referral Southgate decided Escalating behaviour"),
                        QStringLiteral("2025-03-24 pip_decision Southgate outreach_support"),
                        QStringLiteral("2025-09-15 suspension Southgate PA 4"),
                        QStringLiteral("2025-11-03 permanent_exclusion Southgate"),
                        QStringLiteral("2025-11-20 support Southgate ehc_needs_assessment"),
                    }));
    // Newest first is the same list reversed.
    auto newest = ChronologyRepository(db()).eventsForPupil(m_pupil, true);
    ASSERT_TRUE(newest);
    ASSERT_EQ(newest->size(), events->size());
    EXPECT_EQ(newest->front().kind, QStringLiteral("support"));
    EXPECT_EQ(newest->back().kind, QStringLiteral("enrolled"));
}

TEST_F(HistoryRepositoryTest, UnknownPupilIsAnError)
{
    auto history =
        HistoryRepository(db()).historyForPupil(m_pupil + 100, CalendarSet(fixtureCalendar()), QDate(2026, 3, 2));
    EXPECT_FALSE(history);
}

} // namespace
} // namespace casebook::test
