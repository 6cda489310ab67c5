#include "Builders.h"
#include "PanelBuilders.h"
#include "PlanningFormKeys.h"
#include "TempDatabase.h"

#include "panel/MeetingDialog.h"
#include "panel/MeetingModeWindow.h"
#include "panel/PanelMeetingRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace keys;

const QDate kMeetingDay(2024, 10, 17);

class MeetingDialogTest : public DatabaseTest
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
        auto meeting =
            PanelMeetingRepository(db()).save(makeMeeting(kMeetingDay), {m_ada.referralId, m_ben.referralId});
        ASSERT_TRUE(meeting.ok()) << meeting.error().message.toStdString();
        m_meeting = meeting.value();
    }

    [[nodiscard]] static bool activate(QWidget& window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }

    QString meetingColumn(const QString& column)
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM panel_meetings WHERE id = %2").arg(column).arg(m_meeting)));
        return q.next() ? q.value(0).toString() : QString();
    }

    std::vector<qint64> agenda()
    {
        std::vector<qint64> ids;
        const auto items = PanelMeetingRepository(db()).agenda(m_meeting);
        EXPECT_TRUE(items.ok());
        for (const AgendaReferral& a : items.value()) {
            ids.push_back(a.referralId);
        }
        return ids;
    }

    qint64 m_school = 0;
    ReferredPupil m_ada;
    ReferredPupil m_ben;
    qint64 m_meeting = 0;
};

TEST_F(MeetingDialogTest, EditingChangesTheMeetingAndItsAgendaAndMovesTheRowVersionOn)
{
    MeetingDialog dialog(db(), m_meeting);
    ASSERT_TRUE(activate(dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit panel meeting"));
    auto* agendaList = dialog.findChild<QTreeWidget*>(QStringLiteral("agendaList"));
    ASSERT_EQ(agendaList->topLevelItemCount(), 2);
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("locationEdit"));
    dialog.findChild<QLineEdit*>(QStringLiteral("locationEdit"))->selectAll();
    type(QStringLiteral("Town Hall"));
    // Ben goes up with Alt+Up, then Ada comes off with Delete.
    agendaList->setFocus();
    agendaList->setCurrentItem(agendaList->topLevelItem(1));
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(dialog.agendaIds(), std::vector<qint64>({m_ben.referralId, m_ada.referralId}));
    agendaList->setCurrentItem(agendaList->topLevelItem(1));
    press(Qt::Key_Delete);
    EXPECT_EQ(dialog.agendaIds(), std::vector<qint64>({m_ben.referralId}));
    EXPECT_EQ(dialog.findChild<QTreeWidget*>(QStringLiteral("openReferralsList"))->topLevelItemCount(), 1);
    press(Qt::Key_Return); // from the agenda, Enter saves (Save is the default button)
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(meetingColumn(QStringLiteral("location")), QStringLiteral("Town Hall"));
    EXPECT_EQ(meetingColumn(QStringLiteral("row_version")), QStringLiteral("2"));
    EXPECT_EQ(agenda(), std::vector<qint64>({m_ben.referralId}));
}

TEST_F(MeetingDialogTest, HeldWithNobodyAttendingIsShownBesideTheFieldAndNothingIsSaved)
{
    MeetingDialog dialog(db(), m_meeting);
    ASSERT_TRUE(activate(dialog));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("attendeesEdit"))->clear();
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setFocus();
    type(QStringLiteral("H"));
    ASSERT_EQ(status->currentData().toString(), QStringLiteral("held"));
    auto* issue = dialog.findChild<QLabel*>(QStringLiteral("attendeesIssue"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("Enter who attended (one per line) before the meeting is marked held."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(meetingColumn(QStringLiteral("status")), QStringLiteral("planned"));
}

TEST_F(MeetingDialogTest, AStaleMeetingIsNotSavedAndTheFormKeepsWhatWasEntered)
{
    MeetingDialog dialog(db(), m_meeting);
    ASSERT_TRUE(activate(dialog));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE panel_meetings SET row_version = row_version + 1")));
    auto* location = dialog.findChild<QLineEdit*>(QStringLiteral("locationEdit"));
    location->setFocus();
    location->selectAll();
    type(QStringLiteral("Library"));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: This record was changed by someone else")));
    EXPECT_EQ(location->text(), QStringLiteral("Library"));
    EXPECT_EQ(meetingColumn(QStringLiteral("location")), QStringLiteral("Civic Centre, Room 2"));
}

TEST_F(MeetingDialogTest, CancellingAMeetingSendsItsReferralsBackToTheOpenList)
{
    MeetingDialog dialog(db(), m_meeting);
    ASSERT_TRUE(activate(dialog));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setFocus();
    type(QStringLiteral("C"));
    ASSERT_EQ(status->currentData().toString(), QStringLiteral("cancelled"));
    EXPECT_FALSE(dialog.findChild<QTreeWidget*>(QStringLiteral("agendaList"))->isEnabled());
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(meetingColumn(QStringLiteral("status")), QStringLiteral("cancelled"));
    EXPECT_TRUE(agenda().empty());
    EXPECT_EQ(PanelMeetingRepository(db()).openReferrals(0).value().size(), 2U);
}

TEST_F(MeetingDialogTest, MeetingModeAsksBeforeLeavingWhatCannotBeSavedAndEscSavesWhatCan)
{
    auto* mode = new MeetingModeWindow(db(), m_meeting);
    QPointer<MeetingModeWindow> guard(mode);
    ASSERT_TRUE(activate(*mode));
    ASSERT_EQ(focusedName(), QStringLiteral("decisionCombo"));
    // An action with no decision cannot be saved: PageDown asks, and "Stay" keeps the referral on screen.
    auto* actions = mode->findChild<QTableWidget*>(QStringLiteral("actionsTable"));
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions->rowCount() == 1; }));
    type(QStringLiteral("Call parent"));
    press(Qt::Key_Tab);
    type(QStringLiteral("SENCo"));
    press(Qt::Key_Tab);
    type(QStringLiteral("18102024"));
    press(Qt::Key_Return);
    EXPECT_EQ(mode->findChild<QLabel*>(QStringLiteral("decisionIssue"))->text(),
              QStringLiteral("Choose the panel's decision: actions are agreed with a decision."));
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            for (QAbstractButton* b : box->buttons()) {
                if (b->text().contains(QStringLiteral("Stay"))) {
                    b->click();
                }
            }
        }
    });
    timer->start();
    press(Qt::Key_PageDown);
    EXPECT_EQ(mode->currentIndex(), 0);
    EXPECT_EQ(mode->findChild<QLabel*>(QStringLiteral("positionLabel"))->text(), QStringLiteral("Referral 1 of 2"));
    ASSERT_TRUE(activate(*mode));
    // With a decision it saves; Esc leaves meeting mode after saving.
    mode->findChild<QComboBox*>(QStringLiteral("decisionCombo"))->setFocus();
    type(QStringLiteral("N"));
    press(Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }));
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.decision, r.decision_on, a.description, a.owner, a.due_on FROM "
                                      "pip_referrals r JOIN pip_actions a ON a.referral_id = r.id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("no_further_action"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2024-10-17"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Call parent"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("SENCo"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-10-18"));
    EXPECT_EQ(meetingColumn(QStringLiteral("status")), QStringLiteral("planned")); // leaving does not finish it
}

// Finishing a meeting planned without attendees asks who attended instead of refusing; a decision saved once is
// not rewritten by the next save when nothing changed (its actions keep their ids).
TEST_F(MeetingDialogTest, FinishingAsksWhoAttendedAndASavedDecisionIsNotWrittenAgain)
{
    ASSERT_TRUE(exec(QStringLiteral("UPDATE panel_meetings SET attendees = NULL WHERE id = %1").arg(m_meeting)));
    auto* mode = new MeetingModeWindow(db(), m_meeting);
    QPointer<MeetingModeWindow> guard(mode);
    ASSERT_TRUE(activate(*mode));
    mode->findChild<QComboBox*>(QStringLiteral("decisionCombo"))->setFocus();
    type(QStringLiteral("N")); // no further action
    auto* actions = mode->findChild<QTableWidget*>(QStringLiteral("actionsTable"));
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return actions->rowCount() == 1; }));
    type(QStringLiteral("Call parent"));
    press(Qt::Key_Tab);
    type(QStringLiteral("SENCo"));
    press(Qt::Key_Tab);
    type(QStringLiteral("18102024"));

    // The modal questions, answered in turn: "finish with Ben undecided?" No, then Yes; then who attended.
    QStringList answers = {QStringLiteral("No"), QStringLiteral("Yes")};
    QStringList asked;
    auto* timer = new QTimer(mode);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [&answers, &asked] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal); box != nullptr && !answers.isEmpty()) {
            const QString answer = answers.takeFirst();
            asked << box->text();
            box->button(answer == QLatin1String("Yes") ? QMessageBox::Yes : QMessageBox::No)->click();
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            asked << input->labelText();
            input->setTextValue(QStringLiteral("A. Khan (chair)\nB. Lee"));
            input->accept();
        }
    });
    timer->start();
    auto actionIds = [&] {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT group_concat(id) FROM pip_actions")));
        return q.next() ? q.value(0).toString() : QString();
    };
    ASSERT_TRUE(alt(Qt::Key_F, [&] { return answers.size() == 1; })); // saved Ada, then "No": not finished
    const QString saved = actionIds();
    ASSERT_FALSE(saved.isEmpty());
    auto adaVersion = [&] {
        QSqlQuery q(sql());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT row_version FROM pip_referrals WHERE id = %1").arg(m_ada.referralId)));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int version = adaVersion();
    EXPECT_EQ(meetingColumn(QStringLiteral("status")), QStringLiteral("planned"));
    ASSERT_TRUE(activate(*mode)); // the question box took the focus away
    mode->findChild<QComboBox*>(QStringLiteral("decisionCombo"))->setFocus();
    ASSERT_TRUE(alt(Qt::Key_F, [&] { return guard.isNull(); }));
    EXPECT_EQ(actionIds(), saved); // nothing changed since the save: nothing written again
    EXPECT_EQ(adaVersion(), version);
    EXPECT_EQ(meetingColumn(QStringLiteral("status")), QStringLiteral("held"));
    EXPECT_EQ(meetingColumn(QStringLiteral("attendees")), QStringLiteral("A. Khan (chair)\nB. Lee"));
    ASSERT_EQ(asked.size(), 3);
    EXPECT_TRUE(asked.at(0).contains(QStringLiteral("deferred")));
    EXPECT_TRUE(asked.at(2).startsWith(QStringLiteral("Who attended")));
}

} // namespace
} // namespace casebook::test
