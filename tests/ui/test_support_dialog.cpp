#include "PlacementBuilders.h"
#include "PlacementFormKeys.h"

#include "forms/SupportDialog.h"
#include "repositories/SupportRepository.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class SupportDialogTest : public PlacementDatabaseTest
{
protected:
    static QLabel* label(const QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLabel*>(QLatin1String(name));
    }
};

TEST_F(SupportDialogTest, RecordsSupportByKeyboardAloneAndEnterSaves)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record support"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("kindCombo"));
    placementkeys::typeAndTab(QStringLiteral("Edu")); // Educational psychologist
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school is chosen
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("10092024"));
    placementkeys::typeAndTab(QStringLiteral("13122024"));
    placementkeys::typeAndTab(QStringLiteral("County EP service"));
    placementkeys::type(QStringLiteral("Assessment of learning needs."));
    placementkeys::press(Qt::Key_Tab, Qt::ShiftModifier); // back to the provider: Enter saves from a single-line field
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("providerEdit"));
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("support-form.png")));
    }
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, pupil_id, school_id, kind, start_date, end_date, provider, notes, "
                                      "row_version FROM support_interventions")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), dialog.savedId());
    EXPECT_EQ(q.value(1).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(2).toLongLong(), m_school);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("educational_psychologist"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-09-10"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("2024-12-13"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("County EP service"));
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("Assessment of learning needs."));
    EXPECT_EQ(q.value(8).toInt(), 1);
    EXPECT_FALSE(q.next());
}

TEST_F(SupportDialogTest, AnEndBeforeTheStartIsShownBesideTheFieldAndNothingIsSaved)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("CAMHS"));
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("10092024"));
    placementkeys::typeAndTab(QStringLiteral("09092024"));
    QLabel* issue = label(dialog, "endDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("End: 09/09/2024 is before the start (10/09/2024)."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 0);
}

TEST_F(SupportDialogTest, NoKindChosenBlocksSaving)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_TRUE(label(dialog, "kindIssue")->isVisible());
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    placementkeys::type(QStringLiteral("Mentor"));
    EXPECT_FALSE(label(dialog, "kindIssue")->isVisible());
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_F(SupportDialogTest, AStartFarAheadAsksFirstAndNoKeepsTheForm)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Mentor"));
    placementkeys::tab();
    placementkeys::type(QDate::currentDate().addYears(1).toString(QStringLiteral("ddMMyyyy")));
    QLabel* issue = label(dialog, "startDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("Check the year"))) << issue->text().toStdString();
    QString asked;
    placementkeys::answerNextQuestion(QMessageBox::No, &asked);
    dialog.accept();
    EXPECT_TRUE(asked.contains(QStringLiteral("more than 6 months ahead"))) << asked.toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 0);
    placementkeys::answerNextQuestion(QMessageBox::Yes);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 1);
}

TEST_F(SupportDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::typeAndTab(QStringLiteral("Early"));
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("10092024"));
    placementkeys::tab();
    placementkeys::type(QStringLiteral("Family support worker"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    placementkeys::press(Qt::Key_Return);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QLabel* error = label(dialog, "saveError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.support().provider, QStringLiteral("Family support worker")); // the form keeps what was typed
    EXPECT_EQ(dialog.support().kind, QStringLiteral("early_help"));
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 0);
    placementkeys::press(Qt::Key_Return); // the officer tries again once the database can be written
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 1);
}

TEST_F(SupportDialogTest, EditingChangesTheRowAndBumpsItsVersion)
{
    Support s = makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10));
    s.schoolId = m_school;
    s.provider = QStringLiteral("Learning mentor");
    const qint64 id = SupportRepository(db()).insert(s).value();
    SupportDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit support"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentText(), QStringLiteral("Mentoring"));
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("providerEdit"))->text(), QStringLiteral("Learning mentor"));
    placementkeys::tab();
    placementkeys::tab();
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("20122024")); // end
    placementkeys::press(Qt::Key_A, Qt::ControlModifier);
    placementkeys::type(QStringLiteral("Youth service mentor"));
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 1);
    EXPECT_EQ(value(QStringLiteral("SELECT end_date FROM support_interventions")).toString(),
              QStringLiteral("2024-12-20"));
    EXPECT_EQ(value(QStringLiteral("SELECT provider FROM support_interventions")).toString(),
              QStringLiteral("Youth service mentor"));
    EXPECT_EQ(value(QStringLiteral("SELECT row_version FROM support_interventions")).toInt(), 2);
}

TEST_F(SupportDialogTest, AnEditOfARecordChangedMeanwhileIsRefusedAndTheFormKept)
{
    const qint64 id =
        SupportRepository(db()).insert(makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10))).value();
    SupportDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE support_interventions SET provider = 'Someone else', row_version = 2")));
    dialog.findChild<QLineEdit*>(QStringLiteral("providerEdit"))->setFocus();
    placementkeys::type(QStringLiteral("Mine"));
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(label(dialog, "saveError")->text(),
              QStringLiteral("Not saved: This record was changed by someone else since you opened it; close the form "
                             "and open it again."));
    EXPECT_EQ(dialog.support().provider, QStringLiteral("Mine"));
    EXPECT_EQ(value(QStringLiteral("SELECT provider FROM support_interventions")).toString(),
              QStringLiteral("Someone else"));
}

TEST_F(SupportDialogTest, EveryFieldIsNamedForScreenReaders)
{
    SupportDialog dialog(db(), m_pupil);
    for (const char* name : {"kindCombo", "schoolCombo", "startDateEdit", "endDateEdit", "providerEdit", "notesEdit"}) {
        auto* w = dialog.findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    }
}

TEST_F(SupportDialogTest, AltWithEachUnderlinedLetterGoesToItsFieldAndEscapeCancels)
{
    SupportDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::expectMnemonicsLeadToFields(dialog);
    placementkeys::press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace casebook::test
