#include "PlacementBuilders.h"
#include "PlacementFormKeys.h"

#include "forms/EheCmeDialog.h"
#include "repositories/EheCmeRepository.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class EheCmeDialogTest : public PlacementDatabaseTest
{
protected:
    static QLabel* label(const QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLabel*>(QLatin1String(name));
    }

    void suspend(QDate firstDay)
    {
        ASSERT_TRUE(
            exec(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, first_day, sessions) VALUES (%1, "
                                "%2, '%3', 4)")
                     .arg(m_pupil)
                     .arg(m_school)
                     .arg(firstDay.toString(Qt::ISODate))));
    }
};

TEST_F(EheCmeDialogTest, RecordsHomeEducationByKeyboardAloneAndEnterSaves)
{
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record home education or missing education"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("kindCombo"));
    placementkeys::typeAndTab(QStringLiteral("Ele"));
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("Parent wishes to educate at home."));
    placementkeys::tab(); // not ended
    placementkeys::type(QStringLiteral("Visit booked"));
    EXPECT_FALSE(label(dialog, "offRollingIssue")->isVisible()); // no suspension before it
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, pupil_id, kind, registered_on, school_id, reason_given, ended_on, "
                                      "outcome, row_version FROM ehe_cme_registrations")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), dialog.savedId());
    EXPECT_EQ(q.value(1).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("ehe"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("2025-02-03"));
    EXPECT_EQ(q.value(4).toLongLong(), m_school);
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("Parent wishes to educate at home."));
    EXPECT_TRUE(q.value(6).isNull());
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("Visit booked"));
    EXPECT_EQ(q.value(8).toInt(), 1);
    EXPECT_FALSE(q.next());
}

TEST_F(EheCmeDialogTest, HomeEducationThreeWeeksAfterASuspensionIsFlaggedAsPossibleOffRolling)
{
    suspend(QDate(2025, 1, 13));
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Ele"));
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    QLabel* warning = label(dialog, "offRollingIssue");
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->text(), QStringLiteral("Possible off-rolling: suspended 13/01/2025, 3 weeks before."));
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled()); // a warning only
    placementkeys::tab();
    placementkeys::type(QStringLiteral("Parent says the school suggested it."));
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("ehe-cme-form.png")));
    }
    QString asked;
    placementkeys::answerNextQuestion(QMessageBox::Yes, &asked);
    dialog.accept();
    EXPECT_EQ(asked, warning->text());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("ehe_cme_registrations")), 1);
}

TEST_F(EheCmeDialogTest, HomeEducationTwentyWeeksAfterASuspensionIsNotFlagged)
{
    suspend(QDate(2025, 2, 3).addDays(-20 * 7));
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Ele"));
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    EXPECT_FALSE(label(dialog, "offRollingIssue")->isVisible());
    placementkeys::press(Qt::Key_Return); // no question: saved at once
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(EheCmeDialogTest, TheWindowCanBeSetAndMissingEducationIsNotFlagged)
{
    suspend(QDate(2025, 1, 13));
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Ele"));
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    QLabel* warning = label(dialog, "offRollingIssue");
    EXPECT_TRUE(warning->isVisible());
    dialog.setOffRollingWindowWeeks(2);
    EXPECT_FALSE(warning->isVisible());
    dialog.setOffRollingWindowWeeks(4);
    EXPECT_TRUE(warning->isVisible());
    dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->setFocus();
    QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new search, not "Ele" continued
    placementkeys::type(QStringLiteral("Chi"));                // child missing education
    EXPECT_FALSE(warning->isVisible());
}

TEST_F(EheCmeDialogTest, AFutureDateOrAnEndBeforeTheRegistrationIsShownBesideTheFieldAndNothingIsSaved)
{
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Chi"));
    placementkeys::typeAndTab(QDate::currentDate().addDays(1).toString(QStringLiteral("ddMMyyyy")));
    QLabel* registered = label(dialog, "registeredOnIssue");
    EXPECT_TRUE(registered->isVisible());
    EXPECT_TRUE(registered->text().contains(QStringLiteral("is in the future"))) << registered->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());

    dialog.findChild<QWidget*>(QStringLiteral("registeredOnEdit"))->setFocus();
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    EXPECT_FALSE(registered->isVisible());
    placementkeys::tab();
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("02022025")); // ended
    QLabel* ended = label(dialog, "endedOnIssue");
    EXPECT_TRUE(ended->isVisible());
    EXPECT_EQ(ended->text(), QStringLiteral("Ended on: 02/02/2025 is before the registration (03/02/2025)."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("ehe_cme_registrations")), 0);
}

TEST_F(EheCmeDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Chi"));
    placementkeys::typeAndTab(QStringLiteral("03022025"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM enrolments")));
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM pupils"))); // the pupil's record is gone from under the form
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QLabel* error = label(dialog, "saveError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.registration().kind, QStringLiteral("cme"));
    EXPECT_EQ(dialog.registration().registeredOn, QDate(2025, 2, 3));
    EXPECT_EQ(count(QStringLiteral("ehe_cme_registrations")), 0);
}

TEST_F(EheCmeDialogTest, EditingChangesTheRowAndBumpsItsVersion)
{
    EheCmeRegistration r = makeRegistration(m_pupil, QStringLiteral("cme"), QDate(2025, 2, 3));
    r.schoolId = m_school;
    const qint64 id = EheCmeRepository(db()).insert(r).value();
    EheCmeDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit home education or missing education"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentText(),
              QStringLiteral("Child missing education"));
    for (int i = 0; i < 4; ++i) {
        placementkeys::tab(); // to the end
    }
    placementkeys::typeAndTab(QStringLiteral("20022025"));
    placementkeys::type(QStringLiteral("Found: on roll in another LA"));
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    QSqlQuery q(sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT ended_on, outcome, registered_on, row_version FROM ehe_cme_registrations")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2025-02-20"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Found: on roll in another LA"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2025-02-03"));
    EXPECT_EQ(q.value(3).toInt(), 2);
}

TEST_F(EheCmeDialogTest, AnEditOfARecordChangedMeanwhileIsRefusedAndTheFormKept)
{
    const qint64 id =
        EheCmeRepository(db()).insert(makeRegistration(m_pupil, QStringLiteral("cme"), QDate(2025, 2, 3))).value();
    EheCmeDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE ehe_cme_registrations SET outcome = 'Theirs', row_version = 5")));
    dialog.findChild<QLineEdit*>(QStringLiteral("outcomeEdit"))->setFocus();
    placementkeys::type(QStringLiteral("Mine"));
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(label(dialog, "saveError")->text().contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(dialog.registration().outcome, QStringLiteral("Mine"));
    EXPECT_EQ(value(QStringLiteral("SELECT outcome FROM ehe_cme_registrations")).toString(), QStringLiteral("Theirs"));
}

TEST_F(EheCmeDialogTest, TheSchoolLeftIsTheLastOneWhenThePupilIsOffRoll)
{
    ASSERT_TRUE(exec(QStringLiteral("UPDATE enrolments SET end_date = '2025-01-31'")));
    EheCmeDialog dialog(db(), m_pupil);
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)"));
}

TEST_F(EheCmeDialogTest, EveryFieldIsNamedForScreenReaders)
{
    EheCmeDialog dialog(db(), m_pupil);
    for (const char* name :
         {"kindCombo", "registeredOnEdit", "schoolCombo", "reasonEdit", "endedOnEdit", "outcomeEdit"}) {
        auto* w = dialog.findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    }
}

TEST_F(EheCmeDialogTest, AltWithEachUnderlinedLetterGoesToItsFieldAndEscapeCancels)
{
    EheCmeDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::expectMnemonicsLeadToFields(dialog);
    placementkeys::press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace casebook::test
