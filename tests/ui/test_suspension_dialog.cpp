#include "Builders.h"
#include "ExclusionFormKeys.h"
#include "TempDatabase.h"

#include "forms/SuspensionDialog.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarImport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class SuspensionDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db()));
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                        "'2022-09-05')")
                             .arg(m_pupil)
                             .arg(m_school)));
    }

    // Fills the form from the keyboard: length, and the first reason chosen by typing its code.
    static void fillByKeyboard(SuspensionDialog& dialog, QDate firstDay, const QString& days)
    {
        auto* first = dialog.findChild<QDateEdit*>(QStringLiteral("firstDayEdit"));
        first->setDate(firstDay); // as picked from the calendar pop-up
        auto* length = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("daysSpin"));
        length->setFocus();
        length->selectAll();
        QTest::keyClicks(length, days);
        auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("reason1Combo"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("DB"));
    }

    static void show(SuspensionDialog& dialog)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        ASSERT_NE(QApplication::focusWidget(), nullptr);
    }

    static void screenshot(QWidget& widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // The offscreen screen (800x600) squeezes new windows: show the form at the size it asks for.
            widget.resize(widget.sizeHint().expandedTo(widget.size()));
            QApplication::processEvents(); // lay out what the last keys showed or hid
            widget.grab().save(QDir(dir).filePath(QLatin1String(name)));
        }
    }

    template <typename T>
    static T* child(QWidget& dialog, const char* name)
    {
        auto* widget = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Two days from Tuesday 08/10/2024 for persistent disruptive behaviour; the parent was told on the day.
    Suspension stored(QDate firstDay = QDate(2024, 10, 8)) const
    {
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = firstDay;
        s.sessions = 4;
        s.decisionDate = firstDay.addDays(-1);
        s.reasonCodes = {QStringLiteral("DB"), QStringLiteral("VA")};
        s.parentNotifiedOn = firstDay.addDays(-1);
        return s;
    }

    QSqlQuery row(const QString& columns, qint64 id)
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM suspensions WHERE id = %2").arg(columns).arg(id)));
        EXPECT_TRUE(q.next());
        return q;
    }

    QStringList reasons(qint64 id)
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(
            QStringLiteral("SELECT code FROM suspension_reasons WHERE suspension_id = %1 ORDER BY position").arg(id)));
        QStringList codes;
        while (q.next()) {
            codes << q.value(0).toString();
        }
        return codes;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(SuspensionDialogTest, LogsASuspensionByKeyboardAndEnterSaves)
{
    SuspensionDialog dialog(db(), m_pupil);
    dialog.show();
    fillByKeyboard(dialog, QDate(2024, 10, 24), QStringLiteral("3"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school is chosen
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s.first_day, s.sessions, s.school_id, r.code FROM suspensions s "
                                      "JOIN suspension_reasons r ON r.suspension_id = s.id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-10-24"));
    EXPECT_EQ(q.value(1).toInt(), 6); // 3 days = 6 sessions
    EXPECT_EQ(q.value(2).toLongLong(), m_school);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("DB"));
    EXPECT_FALSE(q.next());
}

TEST_F(SuspensionDialogTest, AnOverlapOrAHolidayIsShownBesideTheFieldAndNothingIsSaved)
{
    {
        SuspensionDialog first(db(), m_pupil);
        fillByKeyboard(first, QDate(2024, 10, 8), QStringLiteral("2"));
        first.accept();
        ASSERT_EQ(first.result(), QDialog::Accepted);
    }
    SuspensionDialog dialog(db(), m_pupil);
    dialog.show();
    fillByKeyboard(dialog, QDate(2024, 10, 9), QStringLiteral("1"));
    auto* issue = dialog.findChild<QLabel*>(QStringLiteral("firstDayIssue"));
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("overlaps the suspension from 08/10/2024")))
        << issue->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    dialog.findChild<QDateEdit*>(QStringLiteral("firstDayEdit"))->setDate(QDate(2024, 10, 30));
    EXPECT_TRUE(issue->text().contains(QStringLiteral("not a school day"))) << issue->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 1);
}

TEST_F(SuspensionDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    SuspensionDialog dialog(db(), m_pupil);
    dialog.show();
    fillByKeyboard(dialog, QDate(2024, 11, 12), QStringLiteral("1"));
    // Another officer's action makes the save fail: the pupil's record is gone from under the form.
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM enrolments")));
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM pupils")));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved:"))) << error->text().toStdString();
    EXPECT_EQ(dialog.suspension().firstDay, QDate(2024, 11, 12)); // the form keeps what was typed
    EXPECT_EQ(count(QStringLiteral("suspensions")), 0);
}

TEST_F(SuspensionDialogTest, LogsASuspensionByKeyboardAlone)
{
    // Had a PSP since September, so a repeat suspension raises nothing.
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date) VALUES (%1, %2, '2024-09-09')")
                         .arg(m_pupil)
                         .arg(m_school)));
    SuspensionDialog dialog(db(), m_pupil);
    show(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a suspension"));
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("firstDayEdit"));
    type(QStringLiteral("24102024"));
    tabTo("afternoonCheck");
    press(Qt::Key_Space);
    tabTo("daysSpin");
    type(QStringLiteral("2.5"));
    tabTo("lunchtimeCheck");
    tabTo("decisionDateEdit");
    type(QStringLiteral("23/10/2024"));
    tabTo("reason1Combo");
    type(QStringLiteral("VA"));
    tabTo("reason2Combo");
    type(QStringLiteral("DB"));
    tabTo("reason3Combo");
    tabTo("parentNotifiedEdit");
    type(QStringLiteral("23102024"));
    tabTo("governorsNotifiedEdit");
    type(QStringLiteral("24102024"));
    tabTo("laNotifiedEdit");
    type(QStringLiteral("24102024"));
    for (const char* issue : {"firstDayIssue", "sessionsIssue", "decisionDateIssue", "reasonsIssue", "pspIssue"}) {
        EXPECT_TRUE(child<QLabel>(dialog, issue)->isHidden()) << issue;
    }
    EXPECT_EQ(dialog.findChild<QTabWidget*>(), nullptr); // the later stages come with editing
    screenshot(dialog, "suspension-form.png");

    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QSqlQuery q = row(QStringLiteral("first_day, start_session, sessions, decision_date, parent_notified_on, "
                                           "governors_notified_on, la_notified_on, social_worker_notified_on, "
                                           "school_id, category, row_version"),
                            dialog.savedId());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-10-24"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("pm"));
    EXPECT_EQ(q.value(2).toInt(), 5); // two and a half days
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("2024-10-23"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-10-23"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("2024-10-24"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("2024-10-24"));
    EXPECT_TRUE(q.value(7).isNull());
    EXPECT_EQ(q.value(8).toLongLong(), m_school);
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("suspension"));
    EXPECT_EQ(q.value(10).toInt(), 1);
    EXPECT_EQ(reasons(dialog.savedId()), QStringList({QStringLiteral("VA"), QStringLiteral("DB")}));
}

TEST_F(SuspensionDialogTest, EditsTheFollowUpByKeyboard)
{
    const qint64 id = ExclusionRepository(db()).insertSuspension(stored()).value();
    SuspensionDialog dialog(db(), m_pupil, id);
    show(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit a suspension"));
    // Its own stored version is no overlap.
    EXPECT_TRUE(child<QLabel>(dialog, "firstDayIssue")->isHidden())
        << dialog.findChild<QLabel*>(QStringLiteral("firstDayIssue"))->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(dialog, "saveButton")->isEnabled());
    EXPECT_EQ(dialog.suspension().reasonCodes, stored().reasonCodes);
    EXPECT_EQ(dialog.suspension().sessions, 4);

    press(Qt::Key_PageDown, Qt::ControlModifier);
    ASSERT_EQ(child<QTabWidget>(dialog, "suspensionTabs")->currentIndex(), 1);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("socialWorkerNotifiedEdit"));
    tabTo("virtualSchoolNotifiedEdit");
    tabTo("reintegrationMeetingEdit");
    type(QStringLiteral("07102024")); // before the first day
    auto* reintegration = child<QLabel>(dialog, "reintegrationMeetingIssue");
    EXPECT_FALSE(reintegration->isHidden());
    EXPECT_EQ(reintegration->text(),
              QStringLiteral("The reintegration meeting (07/10/2024) cannot come before the first day (08/10/2024)."));
    EXPECT_EQ(child<QTabWidget>(dialog, "suspensionTabs")->tabText(1), QStringLiteral("Follow-&up (!)"));
    press(Qt::Key_Backtab);
    tabTo("reintegrationMeetingEdit");
    type(QStringLiteral("10102024"));
    EXPECT_TRUE(reintegration->isHidden());
    tabTo("sixthDayProvisionEdit");
    type(QStringLiteral("Internal exclusion room"));
    tabTo("sixthDayFromEdit");
    tabTo("boardRequestedEdit");
    tabTo("boardReviewEdit");
    tabTo("boardOutcomeCombo");
    type(QStringLiteral("N")); // "Noted the parent's representations"
    tabTo("wouldMissExamCheck");
    tabTo("cancelledEdit");
    screenshot(dialog, "suspension-edit.png");

    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    const QSqlQuery q = row(QStringLiteral("reintegration_meeting_on, sixth_day_provision, board_review_outcome, "
                                           "row_version, first_day, sessions, parent_notified_on, cancelled_on"),
                            id);
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-10-10"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Internal exclusion room"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("noted"));
    EXPECT_EQ(q.value(3).toInt(), 2);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-10-08")); // the rest as it was
    EXPECT_EQ(q.value(5).toInt(), 4);
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("2024-10-07"));
    EXPECT_TRUE(q.value(7).isNull());
    EXPECT_EQ(reasons(id), stored().reasonCodes);
}

TEST_F(SuspensionDialogTest, AnEditMadeStaleBySomeoneElseIsNotSaved)
{
    const qint64 id = ExclusionRepository(db()).insertSuspension(stored()).value();
    SuspensionDialog dialog(db(), m_pupil, id);
    show(dialog);
    press(Qt::Key_L, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("daysSpin"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("3"));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET row_version = row_version + 1")));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(child<QLabel>(dialog, "saveError")->text(),
              QStringLiteral("Not saved: This record was changed by someone else since you opened it; close the form "
                             "and open it again."));
    EXPECT_EQ(dialog.suspension().sessions, 6); // what was typed is still there
    EXPECT_EQ(row(QStringLiteral("sessions"), id).value(0).toInt(), 4);
}

TEST_F(SuspensionDialogTest, SuspendedAgainWithoutAPspAsksFirst)
{
    ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(stored(QDate(2024, 9, 17))).ok());
    // A PSP from Monday 14/10/2024.
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date) VALUES (%1, %2, '2024-10-14')")
                         .arg(m_pupil)
                         .arg(m_school)));
    SuspensionDialog dialog(db(), m_pupil);
    show(dialog);
    type(QStringLiteral("08102024"));
    press(Qt::Key_R, Qt::AltModifier);
    type(QStringLiteral("DB"));
    auto* psp = child<QLabel>(dialog, "pspIssue");
    EXPECT_FALSE(psp->isHidden());
    EXPECT_EQ(psp->text(),
              QStringLiteral("Suspended again without a PSP: the pupil was already suspended on 17/09/2024 "
                             "in 2024/25 and no pastoral support plan was in place on 08/10/2024. Record "
                             "it anyway?"));
    EXPECT_TRUE(child<QPushButton>(dialog, "saveButton")->isEnabled()); // a warning, not a refusal

    press(Qt::Key_F, Qt::AltModifier);
    type(QStringLiteral("15102024")); // the PSP is in place by then
    EXPECT_TRUE(psp->isHidden());
    press(Qt::Key_Backtab);
    tabTo("firstDayEdit");
    type(QStringLiteral("08102024"));
    EXPECT_FALSE(psp->isHidden());

    auto declined = answerNextMessageBox(QMessageBox::No);
    press(Qt::Key_Return);
    EXPECT_TRUE(declined->shown);
    EXPECT_EQ(declined->text, psp->text());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("suspensions")), 1);

    QApplication::setActiveWindow(&dialog); // back from the message box
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto accepted = answerNextMessageBox(QMessageBox::Yes);
    press(Qt::Key_Return);
    EXPECT_TRUE(accepted->shown);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("suspensions")), 2);
}

TEST_F(SuspensionDialogTest, AVoidedPspIsNoPsp)
{
    ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(stored(QDate(2024, 9, 17))).ok());
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO psps (pupil_id, school_id, start_date, voided_at, void_reason) "
                                    "VALUES (%1, %2, '2024-09-02', '2024-09-30', 'wrong pupil')")
                         .arg(m_pupil)
                         .arg(m_school)));
    SuspensionDialog dialog(db(), m_pupil);
    show(dialog);
    type(QStringLiteral("08102024"));
    press(Qt::Key_R, Qt::AltModifier);
    type(QStringLiteral("DB"));
    EXPECT_FALSE(child<QLabel>(dialog, "pspIssue")->isHidden());
}

TEST_F(SuspensionDialogTest, EveryFieldHasAnAltKeyAndAScreenReaderName)
{
    const qint64 id = ExclusionRepository(db()).insertSuspension(stored()).value();
    SuspensionDialog adding(db(), m_pupil);
    show(adding);
    EXPECT_EQ(clashingMnemonics(&adding), QStringList());
    SuspensionDialog editing(db(), m_pupil, id);
    show(editing);
    EXPECT_EQ(unlabelledFields(&editing), QStringList());
    EXPECT_EQ(clashingMnemonics(&editing, child<QTabWidget>(editing, "suspensionTabs")), QStringList());
}

} // namespace
} // namespace casebook::test
