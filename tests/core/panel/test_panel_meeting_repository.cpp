#include "Builders.h"
#include "PanelBuilders.h"
#include "TempDatabase.h"

#include "chronology/ChronologyRepository.h"
#include "panel/PanelMeetingRepository.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/AlertService.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

const QDate kMeetingDay(2024, 10, 17);

class PanelMeetingRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_ada = addReferredPupil(db(), m_school, QStringLiteral("Ada"), QStringLiteral("Stone"), 1, QDate(2024, 9, 20));
        m_ben =
            addReferredPupil(db(), m_school, QStringLiteral("Ben"), QStringLiteral("Okafor"), 2, QDate(2024, 9, 25));
        m_cal = addReferredPupil(db(), m_school, QStringLiteral("Cal"), QStringLiteral("Reed"), 3, QDate(2024, 10, 2));
        ASSERT_GT(m_ada.referralId, 0);
        ASSERT_GT(m_ben.referralId, 0);
        ASSERT_GT(m_cal.referralId, 0);
        auto meeting = repo().insert(makeMeeting(kMeetingDay));
        ASSERT_TRUE(meeting.ok()) << meeting.error().message.toStdString();
        m_meeting = meeting.value();
    }

    PanelMeetingRepository repo() { return PanelMeetingRepository(db()); }

    // Each referral as "id:status:meeting:position", by id.
    QStringList referralRows()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, status, coalesce(meeting_id, 0), coalesce(agenda_position, 0) "
                                          "FROM pip_referrals ORDER BY id")));
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1:%2:%3:%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        }
        return rows;
    }

    QString row(qint64 referral, const QString& status, qint64 meeting, int position) const
    {
        return QStringLiteral("%1:%2:%3:%4").arg(referral).arg(status).arg(meeting).arg(position);
    }

    std::vector<qint64> agendaIds(qint64 meeting)
    {
        auto items = repo().agenda(meeting);
        EXPECT_TRUE(items.ok());
        std::vector<qint64> ids;
        for (const AgendaReferral& a : items.value()) {
            ids.push_back(a.referralId);
        }
        return ids;
    }

    int rowVersionOf(qint64 referral)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT row_version FROM pip_referrals WHERE id = ?"));
        q.addBindValue(referral);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toInt();
    }

    int meetingVersion(qint64 meeting)
    {
        auto loaded = repo().load(meeting);
        EXPECT_TRUE(loaded.ok());
        return loaded ? loaded->rowVersion : 0;
    }

    PanelDecision outreachFor(qint64 referral)
    {
        PanelDecision d;
        d.referralId = referral;
        d.decision = QStringLiteral("outreach_support");
        d.decisionNotes = QStringLiteral("Two mornings a week");
        d.minutes = QStringLiteral("School set out the support so far.");
        d.actions = {
            makeAction(QStringLiteral("Arrange outreach"), QStringLiteral("Outreach team"), QDate(2024, 10, 31)),
            makeAction(QStringLiteral("Send plan to parent"), QStringLiteral("SENCo"), QDate(2024, 10, 24))};
        return d;
    }

    qint64 m_school = 0;
    ReferredPupil m_ada;
    ReferredPupil m_ben;
    ReferredPupil m_cal;
    qint64 m_meeting = 0;
};

TEST_F(PanelMeetingRepositoryTest, AMeetingIsAddedLoadedAndEditedWithItsRowVersion)
{
    auto loaded = repo().load(m_meeting);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->meetingDate, kMeetingDay);
    EXPECT_EQ(loaded->location, QStringLiteral("Civic Centre, Room 2"));
    EXPECT_EQ(loaded->attendees, QStringLiteral("Chair: A. Khan\nEducational psychologist: B. Lee"));
    EXPECT_EQ(loaded->status, QStringLiteral("planned"));
    EXPECT_EQ(loaded->rowVersion, 1);

    PanelMeeting edited = loaded.value();
    edited.location = QStringLiteral("Town Hall");
    edited.minutes = QStringLiteral("Apologies from the virtual school head.");
    ASSERT_TRUE(repo().update(edited, 1).ok());
    auto again = repo().load(m_meeting);
    EXPECT_EQ(again->location, QStringLiteral("Town Hall"));
    EXPECT_EQ(again->minutes, QStringLiteral("Apologies from the virtual school head."));
    EXPECT_EQ(again->rowVersion, 2);

    // A second officer still holding version 1 is refused, and nothing changes.
    edited.location = QStringLiteral("Library");
    const Status stale = repo().update(edited, 1);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(repo().load(m_meeting)->location, QStringLiteral("Town Hall"));
}

TEST_F(PanelMeetingRepositoryTest, AMeetingBreakingTheRulesIsRefusedBeforeTheDatabaseIsAsked)
{
    PanelMeeting noDate = makeMeeting(QDate());
    auto added = repo().insert(noDate);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().message, QStringLiteral("Enter the date of the meeting."));
    PanelMeeting heldAlone = makeMeeting(kMeetingDay);
    heldAlone.status = QStringLiteral("held");
    heldAlone.attendees.clear();
    EXPECT_FALSE(repo().insert(heldAlone).ok());
    EXPECT_EQ(count(QStringLiteral("panel_meetings")), 1);
}

TEST_F(PanelMeetingRepositoryTest, TheAgendaIsSetInOrderAndPutsReferralsOnIt)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_cal.referralId, m_ada.referralId, m_ben.referralId}).ok());
    EXPECT_EQ(referralRows(), QStringList({row(m_ada.referralId, QStringLiteral("on_agenda"), m_meeting, 2),
                                           row(m_ben.referralId, QStringLiteral("on_agenda"), m_meeting, 3),
                                           row(m_cal.referralId, QStringLiteral("on_agenda"), m_meeting, 1)}));
    EXPECT_EQ(agendaIds(m_meeting), std::vector<qint64>({m_cal.referralId, m_ada.referralId, m_ben.referralId}));
    EXPECT_EQ(rowVersionOf(m_ada.referralId), 2); // the referral changed: a new version

    auto items = repo().agenda(m_meeting);
    ASSERT_TRUE(items.ok());
    const AgendaReferral& first = items->front();
    EXPECT_EQ(first.pupilName, QStringLiteral("Reed, Cal"));
    EXPECT_EQ(first.upn, makeUpn(938, 4001, 11, 3));
    EXPECT_EQ(first.schoolName, QStringLiteral("Northfield"));
    EXPECT_EQ(first.receivedOn, QDate(2024, 10, 2));
    EXPECT_EQ(first.reason, QStringLiteral("Repeated suspensions for Cal"));
    EXPECT_EQ(first.evidence, QStringLiteral("Three suspensions this term; PSP since September"));
    EXPECT_EQ(first.agendaPosition, 1);

    // The list of meetings counts them, in one row per meeting, newest first.
    auto later = repo().insert(makeMeeting(QDate(2024, 11, 21)));
    ASSERT_TRUE(later.ok());
    auto list = repo().meetings();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2U);
    EXPECT_EQ(list->at(0).id, later.value());
    EXPECT_EQ(list->at(0).referrals, 0);
    EXPECT_EQ(list->at(1).id, m_meeting);
    EXPECT_EQ(list->at(1).meetingDate, kMeetingDay);
    EXPECT_EQ(list->at(1).referrals, 3);
    EXPECT_EQ(list->at(1).decided, 0);
}

TEST_F(PanelMeetingRepositoryTest, ReorderingSwapsPlacesWithoutTrippingTheUniquePlace)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId, m_cal.referralId}).ok());
    const int benVersion = rowVersionOf(m_ben.referralId);
    // Ada and Cal swap (each takes a place the other holds); Ben keeps place 2 and his version.
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_cal.referralId, m_ben.referralId, m_ada.referralId}).ok());
    EXPECT_EQ(agendaIds(m_meeting), std::vector<qint64>({m_cal.referralId, m_ben.referralId, m_ada.referralId}));
    EXPECT_EQ(rowVersionOf(m_ben.referralId), benVersion);
    EXPECT_EQ(rowVersionOf(m_ada.referralId), 3);
}

TEST_F(PanelMeetingRepositoryTest, AReferralTakenOffGoesBackToReceivedAndTheRestCloseUp)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId, m_cal.referralId}).ok());
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_cal.referralId}).ok());
    EXPECT_EQ(referralRows(), QStringList({row(m_ada.referralId, QStringLiteral("on_agenda"), m_meeting, 1),
                                           row(m_ben.referralId, QStringLiteral("received"), 0, 0),
                                           row(m_cal.referralId, QStringLiteral("on_agenda"), m_meeting, 2)}));
    auto open = repo().openReferrals(m_meeting);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1U);
    EXPECT_EQ(open->front().referralId, m_ben.referralId);
    ASSERT_TRUE(repo().setAgenda(m_meeting, {}).ok());
    EXPECT_EQ(referralRows(), QStringList({row(m_ada.referralId, QStringLiteral("received"), 0, 0),
                                           row(m_ben.referralId, QStringLiteral("received"), 0, 0),
                                           row(m_cal.referralId, QStringLiteral("received"), 0, 0)}));
}

TEST_F(PanelMeetingRepositoryTest, OpenReferralsLeaveOutTheClosedTheVoidedAndThoseOnAnotherPlannedMeeting)
{
    const ReferredPupil withdrawn =
        addReferredPupil(db(), m_school, QStringLiteral("Dee"), QStringLiteral("Ward"), 4, QDate(2024, 9, 1));
    const ReferredPupil voided =
        addReferredPupil(db(), m_school, QStringLiteral("Eve"), QStringLiteral("Hart"), 5, QDate(2024, 9, 2));
    const ReferredPupil deferred =
        addReferredPupil(db(), m_school, QStringLiteral("Fin"), QStringLiteral("Cole"), 6, QDate(2024, 9, 3));
    ASSERT_TRUE(
        exec(QStringLiteral("UPDATE pip_referrals SET status = 'withdrawn' WHERE id = %1").arg(withdrawn.referralId)));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pip_referrals SET voided_at = '2024-09-10', void_reason = 'Duplicate' "
                                    "WHERE id = %1")
                         .arg(voided.referralId)));
    // Fin's referral names a meeting that was held without reaching it: it is open again.
    auto held = repo().insert(makeMeeting(QDate(2024, 9, 19)));
    ASSERT_TRUE(held.ok());
    ASSERT_TRUE(exec(QStringLiteral("UPDATE panel_meetings SET status = 'held' WHERE id = %1").arg(held.value())));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pip_referrals SET meeting_id = %1 WHERE id = %2")
                         .arg(held.value())
                         .arg(deferred.referralId)));
    // Ben is on the agenda of another planned meeting.
    auto other = repo().insert(makeMeeting(QDate(2024, 11, 21)));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(repo().setAgenda(other.value(), {m_ben.referralId}).ok());

    auto open = repo().openReferrals(m_meeting);
    ASSERT_TRUE(open.ok());
    std::vector<qint64> ids;
    for (const AgendaReferral& a : open.value()) {
        ids.push_back(a.referralId);
    }
    EXPECT_EQ(ids, std::vector<qint64>({deferred.referralId, m_ada.referralId, m_cal.referralId})); // by received

    // Ben cannot be put on this meeting's agenda too; the refusal changes nothing.
    const QStringList before = referralRows();
    const Status refused = repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Okafor, Ben")))
        << refused.error().message.toStdString();
    EXPECT_EQ(referralRows(), before);
    EXPECT_FALSE(repo().setAgenda(m_meeting, {withdrawn.referralId}).ok());
    EXPECT_FALSE(repo().setAgenda(m_meeting, {voided.referralId}).ok());
    EXPECT_FALSE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ada.referralId}).ok());
    EXPECT_EQ(referralRows(), before);
    // Fin moves from the held meeting to this one.
    ASSERT_TRUE(repo().setAgenda(m_meeting, {deferred.referralId}).ok());
    EXPECT_EQ(agendaIds(m_meeting), std::vector<qint64>({deferred.referralId}));
}

TEST_F(PanelMeetingRepositoryTest, TheAgendaIsAllOrNothingWhenAWriteFailsHalfWay)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId, m_cal.referralId}).ok());
    const QStringList before = referralRows();
    // The database refuses the third referral's new place, after the first two have been written.
    ASSERT_TRUE(exec(QStringLiteral("CREATE TEMP TRIGGER refuse_cal BEFORE UPDATE OF agenda_position ON pip_referrals "
                                    "WHEN NEW.id = %1 AND NEW.agenda_position IS NOT NULL "
                                    "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
                         .arg(m_cal.referralId)));
    const Status failed = repo().setAgenda(m_meeting, {m_ben.referralId, m_ada.referralId, m_cal.referralId});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(referralRows(), before);

    // The meeting and its agenda are saved together: the meeting's edit is rolled back with the agenda.
    PanelMeeting edited = repo().load(m_meeting).value();
    edited.location = QStringLiteral("Town Hall");
    auto saved = repo().save(edited, {m_cal.referralId});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(repo().load(m_meeting)->location, QStringLiteral("Civic Centre, Room 2"));
    EXPECT_EQ(meetingVersion(m_meeting), 1);
    EXPECT_EQ(referralRows(), before);
}

TEST_F(PanelMeetingRepositoryTest, SaveAddsAMeetingWithItsAgendaInOneGo)
{
    PanelMeeting m = makeMeeting(QDate(2024, 11, 21));
    auto saved = repo().save(m, {m_ben.referralId, m_ada.referralId});
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(agendaIds(saved.value()), std::vector<qint64>({m_ben.referralId, m_ada.referralId}));
    PanelMeeting edited = repo().load(saved.value()).value();
    edited.attendees += QStringLiteral("\nSENCo: C. Doe");
    ASSERT_TRUE(repo().save(edited, {m_ada.referralId}).ok());
    EXPECT_EQ(meetingVersion(saved.value()), 2);
    EXPECT_EQ(agendaIds(saved.value()), std::vector<qint64>({m_ada.referralId}));
    // The stale version of the form is refused, agenda and all.
    auto stale = repo().save(edited, {m_ada.referralId, m_cal.referralId});
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_EQ(agendaIds(saved.value()), std::vector<qint64>({m_ada.referralId}));
}

TEST_F(PanelMeetingRepositoryTest, ADecisionIsRecordedWithItsMinutesAndActionsOnTheMeetingDay)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId}).ok());
    const int version = rowVersionOf(m_ada.referralId);
    ASSERT_TRUE(repo().recordDecision(m_meeting, outreachFor(m_ada.referralId), version).ok());

    auto r = PipReferralRepository(db()).load(m_ada.referralId);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->status, QStringLiteral("decided"));
    EXPECT_EQ(r->decision, QStringLiteral("outreach_support"));
    EXPECT_EQ(r->decisionOn, kMeetingDay);
    EXPECT_EQ(r->decisionNotes, QStringLiteral("Two mornings a week"));
    EXPECT_EQ(r->meetingId, m_meeting);
    EXPECT_EQ(r->agendaPosition, 1);
    EXPECT_EQ(r->rowVersion, version + 1);
    ASSERT_EQ(r->actions.size(), 2U);
    EXPECT_EQ(r->actions.at(0).description, QStringLiteral("Send plan to parent"));
    EXPECT_EQ(r->actions.at(0).owner, QStringLiteral("SENCo"));
    EXPECT_EQ(r->actions.at(0).dueOn, QDate(2024, 10, 24));
    EXPECT_EQ(repo().agenda(m_meeting)->front().minutes, QStringLiteral("School set out the support so far."));

    // Stale: the form still holds the version before the save.
    const Status stale = repo().recordDecision(m_meeting, outreachFor(m_ada.referralId), version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);

    // The rules stop an action due before the meeting, and nothing of Ben's decision is written.
    PanelDecision early = outreachFor(m_ben.referralId);
    early.actions.front().dueOn = QDate(2024, 10, 1);
    const Status refused = repo().recordDecision(m_meeting, early, rowVersionOf(m_ben.referralId));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Action 1: due on 01/10/2024, before the meeting on 17/10/2024."));
    EXPECT_EQ(PipReferralRepository(db()).load(m_ben.referralId)->status, QStringLiteral("on_agenda"));
    EXPECT_TRUE(PipReferralRepository(db()).load(m_ben.referralId)->actions.empty());

    // Cal is not on this agenda.
    EXPECT_FALSE(repo().recordDecision(m_meeting, outreachFor(m_cal.referralId), rowVersionOf(m_cal.referralId)).ok());

    // A decided referral stays on the agenda.
    const Status keep = repo().setAgenda(m_meeting, {m_ben.referralId});
    ASSERT_FALSE(keep.ok());
    EXPECT_TRUE(keep.error().message.contains(QStringLiteral("Stone, Ada")));
    EXPECT_EQ(repo().meetings()->front().decided, 1);
}

TEST_F(PanelMeetingRepositoryTest, DecisionsShowInTheChronologyAndActionsAreDue)
{
    ASSERT_TRUE(loadFixtureTermDates(db()));
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId}).ok());
    ASSERT_TRUE(repo().recordDecision(m_meeting, outreachFor(m_ada.referralId), rowVersionOf(m_ada.referralId)).ok());
    PanelDecision help;
    help.referralId = m_ben.referralId;
    help.decision = QStringLiteral("early_help");
    help.decisionNotes = QStringLiteral("Family support worker");
    help.actions = {makeAction(QStringLiteral("Refer to early help"), QStringLiteral("J. Patel"), QDate(2024, 11, 1))};
    ASSERT_TRUE(repo().recordDecision(m_meeting, help, rowVersionOf(m_ben.referralId)).ok());

    auto events = ChronologyRepository(db()).eventsForPupil(m_ben.pupilId, true);
    ASSERT_TRUE(events.ok());
    ASSERT_FALSE(events->isEmpty());
    const ChronologyEvent& newest = events->front();
    EXPECT_EQ(newest.kind, QStringLiteral("pip_decision"));
    EXPECT_EQ(newest.date, kMeetingDay);
    EXPECT_EQ(newest.recordId, m_ben.referralId);
    EXPECT_EQ(newest.detail, QStringLiteral("early_help"));
    EXPECT_EQ(newest.detail2, QStringLiteral("Family support worker"));
    EXPECT_EQ(newest.schoolName, QStringLiteral("Northfield"));

    auto alerts = AlertService(db()).openAlerts(kMeetingDay);
    ASSERT_TRUE(alerts.ok());
    QStringList actions;
    for (const AlertRow& a : alerts.value()) {
        if (a.deadline.kind == DeadlineKind::PipAction) {
            actions << QStringLiteral("%1|%2|%3|%4")
                           .arg(a.pupilName, a.deadline.due.toString(Qt::ISODate), a.deadline.description)
                           .arg(a.deadline.recordId);
        }
    }
    ASSERT_EQ(actions.size(), 3) << actions.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(actions.at(0).contains(QStringLiteral("|2024-10-24|"))) << actions.at(0).toStdString();
    EXPECT_TRUE(actions.at(0).contains(QStringLiteral("Stone"), Qt::CaseInsensitive));
    EXPECT_TRUE(actions.at(0).contains(QStringLiteral("Send plan to parent")));
    EXPECT_TRUE(actions.at(0).endsWith(QString::number(m_ada.referralId)));
    EXPECT_TRUE(actions.at(1).contains(QStringLiteral("2024-10-31")));
    EXPECT_TRUE(actions.at(1).contains(QStringLiteral("Arrange outreach")));
    EXPECT_TRUE(actions.at(2).contains(QStringLiteral("2024-11-01")));
    EXPECT_TRUE(actions.at(2).contains(QStringLiteral("Refer to early help")));
    EXPECT_TRUE(actions.at(2).endsWith(QString::number(m_ben.referralId)));
}

TEST_F(PanelMeetingRepositoryTest, CancellingReturnsTheReferralsToReceived)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId, m_cal.referralId}).ok());
    EXPECT_FALSE(repo().cancel(m_meeting, 0).ok()); // stale
    ASSERT_TRUE(repo().cancel(m_meeting, meetingVersion(m_meeting)).ok());
    EXPECT_EQ(repo().load(m_meeting)->status, QStringLiteral("cancelled"));
    EXPECT_EQ(referralRows(), QStringList({row(m_ada.referralId, QStringLiteral("received"), 0, 0),
                                           row(m_ben.referralId, QStringLiteral("received"), 0, 0),
                                           row(m_cal.referralId, QStringLiteral("received"), 0, 0)}));
    EXPECT_FALSE(repo().setAgenda(m_meeting, {m_ada.referralId}).ok());
    EXPECT_FALSE(repo().markHeld(m_meeting, meetingVersion(m_meeting), kMeetingDay).ok());
    // All three can go to the next meeting.
    auto next = repo().insert(makeMeeting(QDate(2024, 11, 21)));
    ASSERT_TRUE(next.ok());
    auto open = repo().openReferrals(next.value());
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open->size(), 3U);
}

// A decision recorded means the meeting took place: it cannot then be cancelled (its actions would be due and its
// decisions in the chronology from a meeting that "did not happen"). The refusal changes nothing.
TEST_F(PanelMeetingRepositoryTest, AMeetingWithADecisionRecordedCannotBeCancelled)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId}).ok());
    ASSERT_TRUE(repo().recordDecision(m_meeting, outreachFor(m_ben.referralId), rowVersionOf(m_ben.referralId)).ok());
    const QStringList before = referralRows();
    const int version = meetingVersion(m_meeting);
    const Status refused = repo().cancel(m_meeting, version);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The panel's decision is recorded for 1 referral at the meeting "
                                                      "on 17/10/2024, so it took place: mark it held instead of "
                                                      "cancelling it."));
    EXPECT_EQ(referralRows(), before);
    EXPECT_EQ(repo().load(m_meeting)->status, QStringLiteral("planned"));
    EXPECT_EQ(meetingVersion(m_meeting), version);
}

// A referral the panel did not reach at a meeting now held is deferred: it is open for the next meeting, moves there
// when put on its agenda, and the held meeting's minutes say where it went.
TEST_F(PanelMeetingRepositoryTest, AnUndecidedReferralFromAHeldMeetingIsDeferredToTheNext)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId}).ok());
    ASSERT_TRUE(repo().recordDecision(m_meeting, outreachFor(m_ada.referralId), rowVersionOf(m_ada.referralId)).ok());
    PanelMeeting held = repo().load(m_meeting).value();
    held.minutes = QStringLiteral("Quorate.");
    ASSERT_TRUE(repo().update(held, held.rowVersion).ok());
    ASSERT_TRUE(repo().markHeld(m_meeting, meetingVersion(m_meeting), kMeetingDay).ok());

    auto next = repo().insert(makeMeeting(QDate(2024, 11, 21)));
    ASSERT_TRUE(next.ok());
    auto open = repo().openReferrals(next.value());
    ASSERT_TRUE(open.ok());
    std::vector<qint64> ids;
    for (const AgendaReferral& a : open.value()) {
        ids.push_back(a.referralId);
    }
    // Ben (undecided at the held meeting) and Cal (never on an agenda); never Ada, decided.
    EXPECT_EQ(ids, std::vector<qint64>({m_ben.referralId, m_cal.referralId}));

    ASSERT_TRUE(repo().setAgenda(next.value(), {m_ben.referralId}).ok());
    EXPECT_EQ(agendaIds(next.value()), std::vector<qint64>({m_ben.referralId}));
    EXPECT_EQ(agendaIds(m_meeting), std::vector<qint64>({m_ada.referralId}));
    EXPECT_EQ(repo().load(m_meeting)->minutes,
              QStringLiteral("Quorate.\nDeferred to the meeting of 21/11/2024: Okafor, Ben."));
    auto minutes = repo().minutes(m_meeting);
    ASSERT_TRUE(minutes.ok());
    ASSERT_EQ(minutes->items.size(), 1U);
    EXPECT_EQ(minutes->items.front().referralId, m_ada.referralId);
    // Once it is on the next meeting's agenda it is no longer open for a third.
    auto third = repo().insert(makeMeeting(QDate(2024, 12, 12)));
    ASSERT_TRUE(third.ok());
    auto forThird = repo().openReferrals(third.value());
    ASSERT_TRUE(forThird.ok());
    for (const AgendaReferral& a : forThird.value()) {
        EXPECT_NE(a.referralId, m_ben.referralId);
    }
}

TEST_F(PanelMeetingRepositoryTest, SavingAMeetingAsCancelledCancelsItAsCancelDoes)
{
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_ada.referralId, m_ben.referralId}).ok());
    PanelMeeting m = repo().load(m_meeting).value();
    m.status = QStringLiteral("cancelled");
    m.minutes = QStringLiteral("Not quorate.");
    ASSERT_TRUE(repo().save(m, {m_ada.referralId}).ok());
    auto saved = repo().load(m_meeting);
    EXPECT_EQ(saved->status, QStringLiteral("cancelled"));
    EXPECT_EQ(saved->minutes, QStringLiteral("Not quorate."));
    EXPECT_EQ(saved->rowVersion, 3); // the edit, then the cancellation, in one transaction
    EXPECT_TRUE(agendaIds(m_meeting).empty());
    EXPECT_EQ(repo().openReferrals(0)->size(), 3U);
}

TEST_F(PanelMeetingRepositoryTest, AMeetingIsHeldOnlyOnOrAfterItsDayWithAttendees)
{
    PanelMeeting alone = repo().load(m_meeting).value();
    alone.attendees.clear();
    ASSERT_TRUE(repo().update(alone, 1).ok());
    const Status nobody = repo().markHeld(m_meeting, 2, kMeetingDay);
    ASSERT_FALSE(nobody.ok());
    EXPECT_TRUE(nobody.error().message.contains(QStringLiteral("Enter who attended")));
    alone.attendees = QStringLiteral("A. Khan");
    ASSERT_TRUE(repo().update(alone, 2).ok());
    const Status early = repo().markHeld(m_meeting, 3, kMeetingDay.addDays(-1));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().message,
              QStringLiteral("The meeting on 17/10/2024 cannot be marked held before that day."));
    ASSERT_TRUE(repo().markHeld(m_meeting, 3, kMeetingDay).ok());
    EXPECT_EQ(repo().load(m_meeting)->status, QStringLiteral("held"));
    EXPECT_EQ(meetingVersion(m_meeting), 4);
    EXPECT_FALSE(repo().cancel(m_meeting, 4).ok());
}

TEST_F(PanelMeetingRepositoryTest, TheMinutesHoldEachCaseInAgendaOrderWithItsActions)
{
    PanelMeeting m = repo().load(m_meeting).value();
    m.minutes = QStringLiteral("Quorate. Apologies: virtual school head.");
    ASSERT_TRUE(repo().update(m, 1).ok());
    ASSERT_TRUE(repo().setAgenda(m_meeting, {m_cal.referralId, m_ada.referralId, m_ben.referralId}).ok());
    ASSERT_TRUE(repo().recordDecision(m_meeting, outreachFor(m_ada.referralId), rowVersionOf(m_ada.referralId)).ok());
    PanelDecision nfa;
    nfa.referralId = m_cal.referralId;
    nfa.decision = QStringLiteral("no_further_action");
    nfa.minutes = QStringLiteral("Improvement since the PSP began.");
    ASSERT_TRUE(repo().recordDecision(m_meeting, nfa, rowVersionOf(m_cal.referralId)).ok());

    auto minutes = repo().minutes(m_meeting);
    ASSERT_TRUE(minutes.ok()) << minutes.error().message.toStdString();
    EXPECT_EQ(minutes->meetingId, m_meeting);
    EXPECT_EQ(minutes->meetingDate, kMeetingDay);
    EXPECT_EQ(minutes->location, QStringLiteral("Civic Centre, Room 2"));
    EXPECT_EQ(minutes->attendees, QStringLiteral("Chair: A. Khan\nEducational psychologist: B. Lee"));
    EXPECT_EQ(minutes->status, QStringLiteral("planned"));
    EXPECT_EQ(minutes->minutes, QStringLiteral("Quorate. Apologies: virtual school head."));
    ASSERT_EQ(minutes->items.size(), 3U);

    const MinutesItem& cal = minutes->items.at(0);
    EXPECT_EQ(cal.agendaPosition, 1);
    EXPECT_EQ(cal.referralId, m_cal.referralId);
    EXPECT_EQ(cal.pupilId, m_cal.pupilId);
    EXPECT_EQ(cal.pupilName, QStringLiteral("Reed, Cal"));
    EXPECT_EQ(cal.upn, makeUpn(938, 4001, 11, 3));
    EXPECT_EQ(cal.dateOfBirth, QDate(2011, 3, 14));
    EXPECT_EQ(cal.schoolName, QStringLiteral("Northfield"));
    EXPECT_EQ(cal.receivedOn, QDate(2024, 10, 2));
    EXPECT_EQ(cal.reason, QStringLiteral("Repeated suspensions for Cal"));
    EXPECT_EQ(cal.decision, QStringLiteral("no_further_action"));
    EXPECT_EQ(cal.decisionLabel, QStringLiteral("No further action"));
    EXPECT_EQ(cal.minutes, QStringLiteral("Improvement since the PSP began."));
    EXPECT_TRUE(cal.actions.empty());

    const MinutesItem& ada = minutes->items.at(1);
    EXPECT_EQ(ada.agendaPosition, 2);
    EXPECT_EQ(ada.pupilName, QStringLiteral("Stone, Ada"));
    EXPECT_EQ(ada.decisionLabel, QStringLiteral("Outreach support"));
    EXPECT_EQ(ada.decisionNotes, QStringLiteral("Two mornings a week"));
    ASSERT_EQ(ada.actions.size(), 2U);
    EXPECT_EQ(ada.actions.at(0).description, QStringLiteral("Send plan to parent")); // by due date
    EXPECT_EQ(ada.actions.at(0).owner, QStringLiteral("SENCo"));
    EXPECT_EQ(ada.actions.at(0).dueOn, QDate(2024, 10, 24));
    EXPECT_EQ(ada.actions.at(1).description, QStringLiteral("Arrange outreach"));

    const MinutesItem& ben = minutes->items.at(2);
    EXPECT_EQ(ben.agendaPosition, 3);
    EXPECT_TRUE(ben.decision.isEmpty());
    EXPECT_EQ(ben.decisionLabel, QStringLiteral("No decision recorded"));

    EXPECT_FALSE(repo().minutes(9999).ok());
}

} // namespace
} // namespace casebook::test
