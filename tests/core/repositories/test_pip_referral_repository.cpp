#include "Builders.h"
#include "PlanningBuilders.h"
#include "TempDatabase.h"

#include "repositories/PipReferralRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class PipReferralRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        m_meeting = addPanelMeeting(db(), QDate(2024, 10, 17), QStringLiteral("Civic Centre"));
        ASSERT_GT(m_meeting, 0);
    }

    PipReferral decidedReferral() const
    {
        PipReferral r = makeReferral(m_pupil, m_school, QDate(2024, 10, 1));
        r.evidence = QStringLiteral("Suspensions on 08/10 and 15/10; PSP since September");
        r.meetingId = m_meeting;
        r.agendaPosition = 2;
        r.status = QStringLiteral("decided");
        r.decision = QStringLiteral("outreach_support");
        r.decisionOn = QDate(2024, 10, 17);
        r.decisionNotes = QStringLiteral("Outreach two mornings a week");
        r.actions = {
            {0, QStringLiteral("Arrange outreach"), QStringLiteral("Outreach team"), QDate(2024, 10, 31), QDate()},
            {0, QStringLiteral("Send plan to parent"), QStringLiteral("School SENCo"), QDate(2024, 10, 24),
             QDate(2024, 10, 22)}};
        return r;
    }

    // Each action as "description|owner|due|done|row_version", by due date.
    QStringList actionRows(qint64 referralId)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT description, owner, due_on, coalesce(done_on, ''), row_version "
                                 "FROM pip_actions WHERE referral_id = ? ORDER BY due_on"));
        q.addBindValue(referralId);
        EXPECT_TRUE(q.exec());
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString())
                        .arg(q.value(4).toInt());
        }
        return rows;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
    qint64 m_meeting = 0;
};

TEST_F(PipReferralRepositoryTest, AReferralIsSavedWithItsActionsAndLoadsBack)
{
    PipReferralRepository repo(db());
    auto id = repo.insert(decidedReferral());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto r = repo.load(id.value());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->pupilId, m_pupil);
    EXPECT_EQ(r->schoolId, m_school);
    EXPECT_EQ(r->receivedOn, QDate(2024, 10, 1));
    EXPECT_EQ(r->reason, QStringLiteral("Three suspensions this term despite a PSP"));
    EXPECT_EQ(r->meetingId, m_meeting);
    EXPECT_EQ(r->agendaPosition, 2);
    EXPECT_EQ(r->status, QStringLiteral("decided"));
    EXPECT_EQ(r->decision, QStringLiteral("outreach_support"));
    EXPECT_EQ(r->decisionOn, QDate(2024, 10, 17));
    EXPECT_EQ(r->decisionNotes, QStringLiteral("Outreach two mornings a week"));
    EXPECT_EQ(r->rowVersion, 1);
    ASSERT_EQ(r->actions.size(), 2U);
    EXPECT_EQ(r->actions[0].description, QStringLiteral("Send plan to parent")); // by due date
    EXPECT_EQ(r->actions[0].doneOn, QDate(2024, 10, 22));
    EXPECT_FALSE(r->actions[1].doneOn.isValid());
}

TEST_F(PipReferralRepositoryTest, ANewReferralWithoutAMeetingStoresNulls)
{
    auto id = PipReferralRepository(db()).insert(makeReferral(m_pupil, m_school, QDate(2024, 10, 1)));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT meeting_id IS NULL, agenda_position IS NULL, decision IS NULL, "
                                      "decision_on IS NULL FROM pip_referrals")));
    ASSERT_TRUE(q.next());
    for (int c = 0; c < 4; ++c) {
        EXPECT_EQ(q.value(c).toInt(), 1) << c;
    }
}

TEST_F(PipReferralRepositoryTest, AnEditUpdatesTheReferralAndMakesTheActionsMatch)
{
    PipReferralRepository repo(db());
    const qint64 id = repo.insert(decidedReferral()).value();
    PipReferral r = repo.load(id).value();
    r.status = QStringLiteral("closed");
    r.actions[1].doneOn = QDate(2024, 11, 1); // outreach arranged
    r.actions.erase(r.actions.begin());       // the parent's copy is no longer tracked
    r.actions.push_back(
        {0, QStringLiteral("Review at next panel"), QStringLiteral("Chair"), QDate(2024, 11, 21), QDate()});
    ASSERT_TRUE(repo.update(r, r.rowVersion).ok());
    const PipReferral after = repo.load(id).value();
    EXPECT_EQ(after.rowVersion, 2);
    EXPECT_EQ(after.status, QStringLiteral("closed"));
    EXPECT_EQ(actionRows(id), (QStringList{QStringLiteral("Arrange outreach|Outreach team|2024-10-31|2024-11-01|2"),
                                           QStringLiteral("Review at next panel|Chair|2024-11-21||1")}));
}

TEST_F(PipReferralRepositoryTest, AStaleEditIsRefusedAndChangesNothing)
{
    PipReferralRepository repo(db());
    const qint64 id = repo.insert(decidedReferral()).value();
    PipReferral r = repo.load(id).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pip_referrals SET row_version = 5 WHERE id = %1").arg(id)));
    r.reason = QStringLiteral("Changed");
    r.actions.clear();
    const Status st = repo.update(r, r.rowVersion);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, Error::Code::Conflict);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(repo.load(id)->reason, QStringLiteral("Three suspensions this term despite a PSP"));
    EXPECT_EQ(count(QStringLiteral("pip_actions")), 2);
}

TEST_F(PipReferralRepositoryTest, AFailingActionRollsBackTheWholeReferral)
{
    PipReferral r = decidedReferral();
    r.actions[1].owner = QStringLiteral("  "); // the schema refuses a blank owner
    ASSERT_FALSE(PipReferralRepository(db()).insert(r).ok());
    EXPECT_EQ(count(QStringLiteral("pip_referrals")), 0);
    EXPECT_EQ(count(QStringLiteral("pip_actions")), 0);
}

TEST_F(PipReferralRepositoryTest, MeetingChoicesArePlannedMeetingsByDatePlusTheReferralsOwn)
{
    const qint64 held = addPanelMeeting(db(), QDate(2024, 9, 19), QStringLiteral("Town Hall"), QStringLiteral("held"));
    const qint64 earlier = addPanelMeeting(db(), QDate(2024, 9, 26), QString());
    ASSERT_GT(addPanelMeeting(db(), QDate(2024, 11, 21), QString(), QStringLiteral("cancelled")), 0);
    PipReferralRepository repo(db());
    auto planned = repo.meetingChoices(0);
    ASSERT_TRUE(planned.ok());
    ASSERT_EQ(planned->size(), 2U);
    EXPECT_EQ(planned->at(0).id, earlier);
    EXPECT_EQ(planned->at(1).id, m_meeting);
    EXPECT_EQ(planned->at(1).location, QStringLiteral("Civic Centre"));
    auto withHeld = repo.meetingChoices(held);
    ASSERT_TRUE(withHeld.ok());
    ASSERT_EQ(withHeld->size(), 3U);
    EXPECT_EQ(withHeld->at(0).id, held);
    EXPECT_EQ(withHeld->at(0).status, QStringLiteral("held"));
}

} // namespace
} // namespace casebook::test
