#include "PlacementBuilders.h"
#include "PlacementFormKeys.h"

#include "forms/PlacementDialog.h"
#include "repositories/PlacementRepository.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class PlacementDialogTest : public PlacementDatabaseTest
{
protected:
    static QLabel* label(const QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLabel*>(QLatin1String(name));
    }

    // Kind, from (the current school, already chosen), to and start, typed; the focus ends on the review date.
    static void typeMove(const QString& kind, const QString& to, const QString& start)
    {
        placementkeys::typeAndTab(kind);
        placementkeys::tab();
        placementkeys::typeAndTab(to);
        placementkeys::typeAndTab(start);
    }
};

TEST_F(PlacementDialogTest, RecordsAnOffSiteDirectionByKeyboardAloneAndEnterSaves)
{
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a managed move or off-site direction"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("kindCombo"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("fromSchoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school is chosen
    typeMove(QStringLiteral("Off"), QStringLiteral("South"), QStringLiteral("01102024"));
    placementkeys::typeAndTab(QStringLiteral("12112024")); // review
    placementkeys::tab();                                  // end: not yet
    placementkeys::typeAndTab(QStringLiteral("Ong"));      // outcome
    placementkeys::type(QStringLiteral("Six weeks at Southgate to improve behaviour."));
    placementkeys::press(Qt::Key_Backtab, Qt::ShiftModifier); // back to the outcome: Enter saves from there
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("placement-form.png")));
    }
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, pupil_id, kind, from_school_id, to_school_id, start_date, review_on, "
                                      "end_date, outcome, notes, row_version FROM placements")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), dialog.savedId());
    EXPECT_EQ(q.value(1).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("off_site_direction"));
    EXPECT_EQ(q.value(3).toLongLong(), m_school);
    EXPECT_EQ(q.value(4).toLongLong(), m_otherSchool);
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("2024-10-01"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("2024-11-12"));
    EXPECT_TRUE(q.value(7).isNull());
    EXPECT_EQ(q.value(8).toString(), QStringLiteral("ongoing"));
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("Six weeks at Southgate to improve behaviour."));
    EXPECT_EQ(q.value(10).toInt(), 1);
    EXPECT_FALSE(q.next());
}

TEST_F(PlacementDialogTest, AnEndBeforeTheStartOrTheSameSchoolIsShownBesideTheFieldAndNothingIsSaved)
{
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    typeMove(QStringLiteral("Man"), QStringLiteral("North"), QStringLiteral("01102024"));
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("30092024")); // end
    EXPECT_TRUE(label(dialog, "toSchoolIssue")->isVisible());
    EXPECT_TRUE(label(dialog, "toSchoolIssue")->text().contains(QStringLiteral("cannot move to the school")));
    QLabel* issue = label(dialog, "endDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("End: 30/09/2024 is before the start (01/10/2024)."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("placements")), 0);
}

TEST_F(PlacementDialogTest, AnOffSiteDirectionWithNoReviewAsksFirst)
{
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    typeMove(QStringLiteral("Off"), QStringLiteral("South"), QStringLiteral("01102024"));
    QLabel* issue = label(dialog, "reviewOnIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("must be reviewed"))) << issue->text().toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled()); // a warning only
    QString asked;
    placementkeys::answerNextQuestion(QMessageBox::No, &asked);
    placementkeys::press(Qt::Key_Return);
    EXPECT_TRUE(asked.contains(QStringLiteral("must be reviewed"))) << asked.toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("placements")), 0);
    placementkeys::backTo(dialog);
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("reviewDateEdit"));
    placementkeys::answerNextQuestion(QMessageBox::Yes);
    placementkeys::press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(value(QStringLiteral("SELECT review_on FROM placements")).isNull());
}

TEST_F(PlacementDialogTest, AnOverlappingManagedMoveIsAWarning)
{
    ASSERT_TRUE(PlacementRepository(db()).insert(
        makePlacement(m_pupil, QStringLiteral("managed_move"), m_school, m_otherSchool, QDate(2024, 9, 2))));
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    typeMove(QStringLiteral("Man"), QStringLiteral("South"), QStringLiteral("01102024"));
    QLabel* issue = label(dialog, "startDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(
        issue->text(),
        QStringLiteral("Start: this overlaps the managed move from 02/09/2024 (no end recorded) already recorded."));
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_F(PlacementDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    typeMove(QStringLiteral("Man"), QStringLiteral("South"), QStringLiteral("01102024"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    placementkeys::press(Qt::Key_Return);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QLabel* error = label(dialog, "saveError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    const Placement kept = dialog.placement(); // the form keeps what was typed
    EXPECT_EQ(kept.kind, QStringLiteral("managed_move"));
    EXPECT_EQ(kept.toSchoolId, m_otherSchool);
    EXPECT_EQ(kept.startDate, QDate(2024, 10, 1));
    EXPECT_EQ(count(QStringLiteral("placements")), 0);
}

TEST_F(PlacementDialogTest, EditingChangesTheRowAndBumpsItsVersion)
{
    const qint64 id = PlacementRepository(db())
                          .insert(makePlacement(m_pupil, QStringLiteral("managed_move"), m_school, m_otherSchool,
                                                QDate(2024, 9, 2), QDate(2024, 10, 14)))
                          .value();
    PlacementDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit a managed move or off-site direction"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("toSchoolCombo"))->currentText(),
              QStringLiteral("Southgate (137002)"));
    for (int i = 0; i < 5; ++i) {
        placementkeys::tab(); // to the end date
    }
    placementkeys::typeAndTab(QStringLiteral("29112024"));
    placementkeys::type(QStringLiteral("Suc"));
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT end_date, outcome, review_on, row_version FROM placements")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-11-29"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("successful"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2024-10-14")); // untouched fields keep their values
    EXPECT_EQ(q.value(3).toInt(), 2);
    EXPECT_FALSE(q.next());
}

TEST_F(PlacementDialogTest, AnEditOfARecordChangedMeanwhileIsRefusedAndTheFormKept)
{
    const qint64 id =
        PlacementRepository(db())
            .insert(makePlacement(m_pupil, QStringLiteral("managed_move"), m_school, m_otherSchool, QDate(2024, 9, 2)))
            .value();
    PlacementDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE placements SET outcome = 'broke_down', row_version = row_version + 1")));
    dialog.findChild<QComboBox*>(QStringLiteral("outcomeCombo"))->setFocus();
    placementkeys::type(QStringLiteral("Suc"));
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(label(dialog, "saveError")->text().contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(dialog.placement().outcome, QStringLiteral("successful"));
    EXPECT_EQ(value(QStringLiteral("SELECT outcome FROM placements")).toString(), QStringLiteral("broke_down"));
}

TEST_F(PlacementDialogTest, EveryFieldIsNamedForScreenReaders)
{
    PlacementDialog dialog(db(), m_pupil);
    for (const char* name : {"kindCombo", "fromSchoolCombo", "toSchoolCombo", "startDateEdit", "reviewDateEdit",
                             "endDateEdit", "outcomeCombo", "notesEdit"}) {
        auto* w = dialog.findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    }
    auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    EXPECT_EQ(outcome->itemText(0), QStringLiteral("(not recorded)"));
}

TEST_F(PlacementDialogTest, AltWithEachUnderlinedLetterGoesToItsFieldAndEscapeCancels)
{
    PlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::expectMnemonicsLeadToFields(dialog);
    placementkeys::press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace casebook::test
