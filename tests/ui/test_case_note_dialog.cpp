#include "Builders.h"
#include "PlanningBuilders.h"
#include "PlanningFormKeys.h"
#include "TempDatabase.h"

#include "forms/CaseNoteDialog.h"
#include "repositories/CaseNoteRepository.h"
#include "repositories/PupilRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace keys;

class CaseNoteDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    static void open(CaseNoteDialog& dialog)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    // Date, category (by its first letter), then the note's lines separated by Enter.
    static void fillByKeyboard(const QString& dateDigits, const QString& categoryKey, const QStringList& lines)
    {
        ASSERT_EQ(focusedName(), QStringLiteral("notedOnEdit"));
        type(dateDigits);
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("categoryCombo"));
        type(categoryKey);
        tab();
        ASSERT_EQ(focusedName(), QStringLiteral("bodyEdit"));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                press(Qt::Key_Return);
            }
            type(lines.at(i));
        }
    }

    qint64 m_pupil = 0;
};

TEST_F(CaseNoteDialogTest, ANoteIsWrittenByKeyboardEnterStartsALineAndCtrlEnterSaves)
{
    CaseNoteDialog dialog(db(), m_pupil);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Add a case note"));
    fillByKeyboard(QStringLiteral("03102024"), QStringLiteral("P"),
                   {QStringLiteral("Mother rang about Friday."), QStringLiteral("Agreed a visit next week.")});
    EXPECT_TRUE(dialog.isVisible()); // Enter in the note started a new line; it did not save
    EXPECT_EQ(count(QStringLiteral("case_notes")), 0);
    const auto* hint = dialog.findChild<QLabel*>(QStringLiteral("keyHint"));
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Ctrl+Enter saves"))) << hint->text().toStdString();
    screenshot(dialog, QStringLiteral("case-note-form.png"));

    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id, noted_on, category, body, row_version FROM case_notes")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2024-10-03"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("phone_call"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("Mother rang about Friday.\nAgreed a visit next week."));
    EXPECT_EQ(q.value(4).toInt(), 1);
    EXPECT_FALSE(q.next());
    EXPECT_GT(dialog.savedId(), 0);
}

TEST_F(CaseNoteDialogTest, EscCancelsFromTheNoteAndSavesNothing)
{
    CaseNoteDialog dialog(db(), m_pupil);
    open(dialog);
    fillByKeyboard(QStringLiteral("03102024"), QStringLiteral("M"), {QStringLiteral("Half a thought")});
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("case_notes")), 0);
}

TEST_F(CaseNoteDialogTest, AFutureDateOrAnEmptyNoteIsShownBesideItsFieldAndNothingIsSaved)
{
    CaseNoteDialog dialog(db(), m_pupil);
    open(dialog);
    const auto* bodyIssue = dialog.findChild<QLabel*>(QStringLiteral("bodyIssue"));
    EXPECT_TRUE(bodyIssue->isVisible()); // an empty note cannot be saved
    const QDate tomorrow = QDate::currentDate().addDays(1);
    fillByKeyboard(tomorrow.toString(QStringLiteral("ddMMyyyy")), QStringLiteral("G"), {QStringLiteral("Planned")});
    EXPECT_FALSE(bodyIssue->isVisible());
    const auto* dateIssue = dialog.findChild<QLabel*>(QStringLiteral("notedOnIssue"));
    EXPECT_TRUE(dateIssue->isVisible());
    EXPECT_TRUE(dateIssue->text().contains(QStringLiteral("is in the future"))) << dateIssue->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("case_notes")), 0);
}

TEST_F(CaseNoteDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    CaseNoteDialog dialog(db(), m_pupil);
    open(dialog);
    fillByKeyboard(QStringLiteral("03102024"), QStringLiteral("V"), {QStringLiteral("Home visit")});
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.caseNote().body, QStringLiteral("Home visit"));
    EXPECT_EQ(dialog.caseNote().category, QStringLiteral("visit"));
    EXPECT_EQ(count(QStringLiteral("case_notes")), 0);
}

TEST_F(CaseNoteDialogTest, EditingANoteChangesItAndBumpsItsVersion)
{
    const qint64 id = CaseNoteRepository(db())
                          .insert(makeCaseNote(m_pupil, QDate(2024, 10, 3), QStringLiteral("Rang school")))
                          .value();
    CaseNoteDialog dialog(db(), m_pupil, id);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit case note"));
    EXPECT_EQ(dialog.findChild<QDateEdit*>(QStringLiteral("notedOnEdit"))->date(), QDate(2024, 10, 3));
    press(Qt::Key_N, Qt::AltModifier); // "&Note:" takes the officer to the note
    ASSERT_EQ(focusedName(), QStringLiteral("bodyEdit"));
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" again"));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    const CaseNote after = CaseNoteRepository(db()).load(id).value();
    EXPECT_EQ(after.body, QStringLiteral("Rang school again"));
    EXPECT_EQ(after.rowVersion, 2);
}

TEST_F(CaseNoteDialogTest, AStaleEditKeepsTheFormAndSaysSomeoneElseChangedIt)
{
    const qint64 id = CaseNoteRepository(db())
                          .insert(makeCaseNote(m_pupil, QDate(2024, 10, 3), QStringLiteral("Rang school")))
                          .value();
    CaseNoteDialog dialog(db(), m_pupil, id);
    open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE case_notes SET row_version = 2, body = 'Theirs' WHERE id = %1").arg(id)));
    press(Qt::Key_N, Qt::AltModifier);
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" (mine)"));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_EQ(error->text(), QStringLiteral("Not saved: This record was changed by someone else since you opened it; "
                                            "close the form and open it again."));
    EXPECT_EQ(dialog.caseNote().body, QStringLiteral("Rang school (mine)"));
    EXPECT_EQ(CaseNoteRepository(db()).load(id)->body, QStringLiteral("Theirs"));
}

} // namespace
} // namespace casebook::test
