#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/AlertService.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class AlertServiceTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        Pupil p = makePupil(QStringLiteral("Riley"), QStringLiteral("Hart"), QDate(2012, 1, 9));
        p.hasSocialWorker = true;
        m_pupil = PupilRepository(db()).insert(p).value();
        // Looked after from 01/09/2024: the virtual school head must be told too.
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) "
                                        "VALUES (%1, 'looked_after', '1', '2024-09-01')")
                             .arg(m_pupil)));
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = QDate(2024, 10, 8);
        s.decisionDate = QDate(2024, 10, 7);
        s.sessions = 2;
        s.reasonCodes = {QStringLiteral("DB")};
        s.parentNotifiedOn = s.governorsNotifiedOn = s.laNotifiedOn = QDate(2024, 10, 7);
        ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(s).ok());
    }

    QStringList owedDescriptions(QDate on)
    {
        auto status = AlertService(db()).pupilStatus(m_pupil, on);
        EXPECT_TRUE(status.ok());
        QStringList owed;
        for (const AlertRow& row : status->deadlines) {
            if (row.deadline.kind == DeadlineKind::NotificationOwed) {
                owed << row.deadline.description;
            }
        }
        return owed;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(AlertServiceTest, LookedAfterAndSocialWorkerNotificationsAreOwed)
{
    const QStringList owed = owedDescriptions(QDate(2024, 10, 10));
    ASSERT_EQ(owed.size(), 2) << owed.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(owed.join(QLatin1Char(' ')).contains(QStringLiteral("virtual school"), Qt::CaseInsensitive));
    EXPECT_TRUE(owed.join(QLatin1Char(' ')).contains(QStringLiteral("social worker"), Qt::CaseInsensitive));
    auto status = AlertService(db()).pupilStatus(m_pupil, QDate(2024, 10, 10));
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(status->lookedAfter);
}

TEST_F(AlertServiceTest, ACareEpisodeThatEndedIsNotLookedAfter)
{
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pupil_characteristics SET valid_to = '2024-09-30'")));
    const QStringList owed = owedDescriptions(QDate(2024, 10, 10));
    EXPECT_EQ(owed.size(), 1); // the social worker only
    auto all = AlertService(db()).openAlerts(QDate(2024, 10, 10));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().schoolName, QStringLiteral("Northfield"));
}

TEST_F(AlertServiceTest, AStoredIrpOutcomeAsksForReconsideration)
{
    PermanentExclusion x;
    x.pupilId = m_pupil;
    x.schoolId = m_school;
    x.decisionDate = QDate(2024, 11, 4);
    x.reasonCodes = {QStringLiteral("PA")};
    x.parentNotifiedOn = x.governorsNotifiedOn = x.laNotifiedOn = x.socialWorkerNotifiedOn = x.virtualSchoolNotifiedOn =
        QDate(2024, 11, 4);
    x.laProvisionFrom = QDate(2024, 11, 11);
    x.boardMeetingOn = QDate(2024, 11, 18);
    x.boardOutcome = QStringLiteral("upheld");
    x.boardDecisionNoticeSentOn = QDate(2024, 11, 19);
    x.irpApplicationOn = QDate(2024, 11, 25);
    x.irpMeetingOn = QDate(2024, 12, 9);
    x.irpOutcome = QStringLiteral("quash_direct_reconsideration");
    x.irpDecisionOn = QDate(2024, 12, 10);
    ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(x).ok());
    auto status = AlertService(db()).pupilStatus(m_pupil, QDate(2024, 12, 11));
    ASSERT_TRUE(status.ok());
    bool reconsideration = false;
    for (const AlertRow& row : status->deadlines) {
        reconsideration = reconsideration || (row.deadline.kind == DeadlineKind::Reconsideration &&
                                              row.deadline.owedBy == Party::GoverningBoard);
    }
    EXPECT_TRUE(reconsideration);
}

} // namespace
} // namespace casebook::test
