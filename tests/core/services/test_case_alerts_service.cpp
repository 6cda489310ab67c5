#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/AlertService.h"
#include "services/AlertSettings.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The dashboard finds PSP reviews, panel actions and Casebook's own alerts from what the database holds.
class CaseAlertsServiceTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db())); // names the school by URN
        m_suspended = PupilRepository(db())
                          .insert(makePupil(QStringLiteral("Ada"), QStringLiteral("Stone"), QDate(2011, 3, 4)))
                          .value();
        m_planned = PupilRepository(db())
                        .insert(makePupil(QStringLiteral("Ben"), QStringLiteral("Okafor"), QDate(2011, 6, 7)))
                        .value();
        // Three one-day suspensions in autumn 2024, everyone notified.
        for (const QDate day : {QDate(2024, 9, 9), QDate(2024, 9, 23), QDate(2024, 10, 7)}) {
            Suspension s;
            s.pupilId = m_suspended;
            s.schoolId = m_school;
            s.firstDay = s.decisionDate = day;
            s.sessions = 2;
            s.reasonCodes = {QStringLiteral("DB")};
            s.parentNotifiedOn = s.governorsNotifiedOn = s.laNotifiedOn = day;
            ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(s).ok());
        }
        // Ben has no suspension at all: only a PSP with a review due and a panel action.
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psps (id, pupil_id, school_id, start_date) VALUES (70, %1, %2, "
                                        "'2024-09-16')")
                             .arg(m_planned)
                             .arg(m_school)));
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psp_reviews (psp_id, due_on) VALUES (70, '2024-10-28')")));
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psp_reviews (psp_id, due_on, held_on) VALUES (70, '2024-10-01', "
                                        "'2024-10-01')")));
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO pip_referrals (id, pupil_id, school_id, received_on, reason) "
                                        "VALUES (80, %1, %2, '2024-09-20', 'Escalating behaviour')")
                             .arg(m_planned)
                             .arg(m_school)));
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO pip_actions (referral_id, description, owner, due_on) VALUES "
                                        "(80, 'Arrange outreach', 'J. Patel', '2024-11-15')")));
    }

    std::vector<AlertRow> rowsFor(qint64 pupil, QDate on)
    {
        auto all = AlertService(db()).openAlerts(on);
        EXPECT_TRUE(all.ok());
        std::vector<AlertRow> rows;
        for (const AlertRow& row : all.value()) {
            if (row.pupilId == pupil) {
                rows.push_back(row);
            }
        }
        return rows;
    }

    static bool has(const std::vector<AlertRow>& rows, DeadlineKind kind)
    {
        return std::any_of(rows.begin(), rows.end(), [kind](const AlertRow& r) { return r.deadline.kind == kind; });
    }

    qint64 m_school = 0;
    qint64 m_suspended = 0;
    qint64 m_planned = 0;
};

TEST_F(CaseAlertsServiceTest, PlansAndActionsReachTheDashboardForPupilsWithNoRecentSuspension)
{
    const std::vector<AlertRow> rows = rowsFor(m_planned, QDate(2024, 11, 1));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].deadline.kind, DeadlineKind::PspReview);
    EXPECT_EQ(rows[0].deadline.due, QDate(2024, 10, 28));
    EXPECT_TRUE(rows[0].deadline.overdue);
    EXPECT_EQ(rows[0].schoolName, QStringLiteral("Northfield"));
    EXPECT_EQ(rows[1].deadline.kind, DeadlineKind::PipAction);
    EXPECT_FALSE(rows[1].deadline.overdue);

    // Held review and done action drop off.
    ASSERT_TRUE(exec(QStringLiteral("UPDATE psp_reviews SET held_on = '2024-10-29' WHERE held_on IS NULL")));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pip_actions SET done_on = '2024-10-30'")));
    EXPECT_TRUE(rowsFor(m_planned, QDate(2024, 11, 1)).empty());
}

TEST_F(CaseAlertsServiceTest, RepeatedSuspensionsAlertUntilAPlanIsRecorded)
{
    EXPECT_TRUE(has(rowsFor(m_suspended, QDate(2024, 10, 10)), DeadlineKind::RepeatSuspensionsNoPlan));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason) VALUES "
                                    "(%1, %2, '2024-10-08', 'Three suspensions')")
                         .arg(m_suspended)
                         .arg(m_school)));
    EXPECT_FALSE(has(rowsFor(m_suspended, QDate(2024, 10, 10)), DeadlineKind::RepeatSuspensionsNoPlan));
    // The pupil's own page says the same.
    auto status = AlertService(db()).pupilStatus(m_suspended, QDate(2024, 10, 10));
    ASSERT_TRUE(status.ok());
    for (const AlertRow& row : status->deadlines) {
        EXPECT_NE(row.deadline.kind, DeadlineKind::RepeatSuspensionsNoPlan);
    }
}

TEST_F(CaseAlertsServiceTest, HomeEducationAfterASuspensionUsesTheStoredThreshold)
{
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO ehe_cme_registrations (pupil_id, kind, registered_on, school_id) "
                                    "VALUES (%1, 'ehe', '2024-11-25', %2)")
                         .arg(m_suspended)
                         .arg(m_school)));
    // Seven weeks after the last suspension (07/10/2024): inside the default 12 weeks.
    EXPECT_TRUE(has(rowsFor(m_suspended, QDate(2024, 12, 2)), DeadlineKind::PossibleOffRolling));
    AlertThresholds narrow = loadAlertThresholds(db());
    narrow.eheAfterSuspensionWeeks = 6;
    ASSERT_TRUE(saveAlertThresholds(db(), narrow).ok());
    EXPECT_FALSE(has(rowsFor(m_suspended, QDate(2024, 12, 2)), DeadlineKind::PossibleOffRolling));
}

TEST_F(CaseAlertsServiceTest, ThresholdsRoundTripAndRefuseNonsense)
{
    EXPECT_EQ(loadAlertThresholds(db()), AlertThresholds{});
    AlertThresholds changed;
    changed.limitApproachingWithinDays = 7;
    changed.repeatSuspensionsPerTerm = 2;
    changed.repeatDaysPerYear = 8;
    changed.eheAfterSuspensionWeeks = 16;
    ASSERT_TRUE(saveAlertThresholds(db(), changed).ok());
    EXPECT_EQ(loadAlertThresholds(db()), changed);

    AlertThresholds bad = changed;
    bad.repeatSuspensionsPerTerm = 0;
    const Status refused = saveAlertThresholds(db(), bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("Suspensions in a term must be at least 1."));
    EXPECT_EQ(loadAlertThresholds(db()), changed);

    // A value edited by hand into nonsense falls back to the default rather than silencing the alert.
    ASSERT_TRUE(exec(QStringLiteral("UPDATE settings SET value = 'lots' WHERE key = 'alert_repeat_days_per_year'")));
    EXPECT_EQ(loadAlertThresholds(db()).repeatDaysPerYear, guidance::kRepeatSuspensionDaysPerYear);
}

} // namespace
} // namespace casebook::test
