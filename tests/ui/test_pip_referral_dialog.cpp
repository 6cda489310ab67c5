#include "Builders.h"
#include "PlanningBuilders.h"
#include "PlanningFormKeys.h"
#include "TempDatabase.h"

#include "forms/ChildRowsTable.h"
#include "forms/PipReferralDialog.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace keys;

class PipReferralDialogTest : public DatabaseTest
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
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                        "'2022-09-05')")
                             .arg(m_pupil)
                             .arg(m_school)));
        ASSERT_GT(addPanelMeeting(db(), QDate(2024, 9, 19), QStringLiteral("Town Hall"), QStringLiteral("held")), 0);
        m_meeting = addPanelMeeting(db(), QDate(2024, 10, 17), QStringLiteral("Civic Centre"));
        ASSERT_GT(m_meeting, 0);
    }

    static void open(PipReferralDialog& dialog)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    static forms::ChildRowsTable* actions(PipReferralDialog& dialog)
    {
        return dialog.findChild<forms::ChildRowsTable*>(QStringLiteral("actionsTable"));
    }

    // Received on, reason and evidence, from the form's first field by Tab.
    static void fillReferral()
    {
        ASSERT_EQ(focusedName(), QStringLiteral("receivedOnEdit"));
        type(QStringLiteral("01102024"));
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("reasonEdit"));
        type(QStringLiteral("Three suspensions this term"));
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("evidenceEdit"));
        type(QStringLiteral("PSP since September"));
    }

    // Each saved action as "description|owner|due|done", by due date.
    QStringList actionRows()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT description, owner, due_on, coalesce(done_on, '') FROM pip_actions "
                                          "ORDER BY due_on")));
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        }
        return rows;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
    qint64 m_meeting = 0;
};

TEST_F(PipReferralDialogTest, AReferralWithItsDecisionAndActionsIsRecordedByKeyboardAlone)
{
    PipReferralDialog dialog(db(), m_pupil);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a panel referral"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)"));
    auto* meeting = dialog.findChild<QComboBox*>(QStringLiteral("meetingCombo"));
    ASSERT_EQ(meeting->count(), 2); // "(none)" and the one planned meeting; the held one is not offered
    EXPECT_EQ(meeting->itemText(0), QStringLiteral("(none)"));
    EXPECT_EQ(meeting->itemText(1), QStringLiteral("17/10/2024, Civic Centre"));
    fillReferral();
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("statusCombo"));
    type(QStringLiteral("D")); // Decided
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("meetingCombo"));
    press(Qt::Key_Down);
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("decisionCombo"));
    type(QStringLiteral("O")); // Outreach support
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("decisionOnEdit"));
    type(QStringLiteral("17102024"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("decisionNotesEdit"));
    type(QStringLiteral("Two mornings a week"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("actionsTable"));

    // Alt+A adds an action and opens its description; Tab moves along the row; Enter ends the edit.
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions(dialog)->rowCount() == 1; }));
    type(QStringLiteral("Arrange outreach"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Outreach team"));
    press(Qt::Key_Tab);
    type(QStringLiteral("31102024"));
    press(Qt::Key_Return);
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions(dialog)->rowCount() == 2; }));
    type(QStringLiteral("Send plan to parent"));
    press(Qt::Key_Tab);
    type(QStringLiteral("SENCo"));
    press(Qt::Key_Tab);
    type(QStringLiteral("24102024"));
    press(Qt::Key_Tab);
    type(QStringLiteral("22102024"));
    press(Qt::Key_Return);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("actionsIssue"))->isVisible());
    screenshot(dialog, QStringLiteral("pip-referral-form.png"));

    press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id, school_id, received_on, reason, evidence, meeting_id, status, "
                                      "decision, decision_on, decision_notes, agenda_position IS NULL, id "
                                      "FROM pip_referrals")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(1).toLongLong(), m_school);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2024-10-01"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("Three suspensions this term"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("PSP since September"));
    EXPECT_EQ(q.value(5).toLongLong(), m_meeting);
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("decided"));
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("outreach_support"));
    EXPECT_EQ(q.value(8).toString(), QStringLiteral("2024-10-17"));
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("Two mornings a week"));
    EXPECT_EQ(q.value(10).toInt(), 1);
    EXPECT_EQ(q.value(11).toLongLong(), dialog.savedId());
    EXPECT_FALSE(q.next());
    EXPECT_EQ(actionRows(), (QStringList{QStringLiteral("Send plan to parent|SENCo|2024-10-24|2024-10-22"),
                                         QStringLiteral("Arrange outreach|Outreach team|2024-10-31|")}));
}

TEST_F(PipReferralDialogTest, AReasonIsRequiredAndOnTheAgendaNeedsAMeeting)
{
    PipReferralDialog dialog(db(), m_pupil);
    open(dialog);
    const auto* reasonIssue = dialog.findChild<QLabel*>(QStringLiteral("reasonIssue"));
    EXPECT_TRUE(reasonIssue->isVisible());
    EXPECT_EQ(reasonIssue->text(), QStringLiteral("Enter the reason for the referral."));
    fillReferral();
    EXPECT_FALSE(reasonIssue->isVisible());
    press(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("O")); // On the agenda, with no meeting chosen
    const auto* meetingIssue = dialog.findChild<QLabel*>(QStringLiteral("meetingIssue"));
    EXPECT_TRUE(meetingIssue->isVisible());
    EXPECT_TRUE(meetingIssue->text().contains(QStringLiteral("needs its panel meeting")));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("pip_referrals")), 0);
    press(Qt::Key_M, Qt::AltModifier);
    press(Qt::Key_Down);
    EXPECT_FALSE(meetingIssue->isVisible());
    press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("pip_referrals")), 1);
}

TEST_F(PipReferralDialogTest, AnIncompleteActionIsNamedByItsRowAndNothingIsSaved)
{
    PipReferralDialog dialog(db(), m_pupil);
    open(dialog);
    fillReferral();
    press(Qt::Key_I, Qt::AltModifier);
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions(dialog)->rowCount() == 1; }));
    type(QStringLiteral("Call parent"));
    press(Qt::Key_Return);
    const auto* issue = dialog.findChild<QLabel*>(QStringLiteral("actionsIssue"));
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("Action 1: enter who owns it and when it is due."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("pip_referrals")), 0);
    press(Qt::Key_Delete); // Del removes the unfinished action; the referral can be saved
    EXPECT_FALSE(issue->isVisible());
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_F(PipReferralDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    PipReferralDialog dialog(db(), m_pupil);
    open(dialog);
    fillReferral();
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    press(Qt::Key_S, Qt::AltModifier);
    press(Qt::Key_Return);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_TRUE(dialog.isVisible());
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.referral().reason, QStringLiteral("Three suspensions this term"));
    EXPECT_EQ(count(QStringLiteral("pip_referrals")), 0);
}

TEST_F(PipReferralDialogTest, EditingChangesTheDecisionAndMakesTheActionsMatch)
{
    PipReferral r = makeReferral(m_pupil, m_school, QDate(2024, 10, 1));
    r.status = QStringLiteral("on_agenda");
    r.meetingId = m_meeting;
    r.agendaPosition = 3;
    r.actions = {{0, QStringLiteral("Gather evidence"), QStringLiteral("Officer"), QDate(2024, 10, 10), QDate()},
                 {0, QStringLiteral("Invite parent"), QStringLiteral("Clerk"), QDate(2024, 10, 11), QDate()}};
    const qint64 id = PipReferralRepository(db()).insert(r).value();
    const qint64 keptId = PipReferralRepository(db()).load(id)->actions[1].id;
    PipReferralDialog dialog(db(), m_pupil, id);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit panel referral"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("meetingCombo"))->currentData().toLongLong(), m_meeting);
    press(Qt::Key_D, Qt::AltModifier);
    type(QStringLiteral("Ea")); // Early help (E alone is the EHC needs assessment)
    press(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("17102024"));
    press(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("D")); // Decided
    press(Qt::Key_I, Qt::AltModifier);
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Delete); // "Gather evidence" is no longer tracked
    press(Qt::Key_End, Qt::ControlModifier);
    press(Qt::Key_Tab); // nothing is being edited: Tab leaves the table
    ASSERT_EQ(focusedName(), QStringLiteral("addActionButton"));
    press(Qt::Key_Space);
    ASSERT_EQ(actions(dialog)->rowCount(), 2);
    type(QStringLiteral("Early help assessment"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Early help hub"));
    press(Qt::Key_Tab);
    type(QStringLiteral("07112024"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const PipReferral after = PipReferralRepository(db()).load(id).value();
    EXPECT_EQ(after.rowVersion, 2);
    EXPECT_EQ(after.status, QStringLiteral("decided"));
    EXPECT_EQ(after.decision, QStringLiteral("early_help"));
    EXPECT_EQ(after.decisionOn, QDate(2024, 10, 17));
    EXPECT_EQ(after.agendaPosition, 3); // the same meeting keeps its place on the agenda
    EXPECT_EQ(actionRows(), (QStringList{QStringLiteral("Invite parent|Clerk|2024-10-11|"),
                                         QStringLiteral("Early help assessment|Early help hub|2024-11-07|")}));
    EXPECT_EQ(after.actions[0].id, keptId);
}

TEST_F(PipReferralDialogTest, AStaleEditKeepsTheFormAndSaysSomeoneElseChangedIt)
{
    const qint64 id = PipReferralRepository(db()).insert(makeReferral(m_pupil, m_school, QDate(2024, 10, 1))).value();
    PipReferralDialog dialog(db(), m_pupil, id);
    open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE pip_referrals SET row_version = 2 WHERE id = %1").arg(id)));
    press(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("W")); // Withdrawn
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("saveError"))->text(),
              QStringLiteral("Not saved: This record was changed by someone else since you opened it; close the form "
                             "and open it again."));
    EXPECT_EQ(dialog.referral().status, QStringLiteral("withdrawn"));
    EXPECT_EQ(PipReferralRepository(db()).load(id)->status, QStringLiteral("received"));
}

} // namespace
} // namespace casebook::test
