#include "Builders.h"
#include "PlacementBuilders.h"
#include "PlacementFormKeys.h"

#include "forms/ApPlacementDialog.h"
#include "repositories/ApPlacementRepository.h"
#include "repositories/SchoolRepository.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class ApPlacementDialogTest : public PlacementDatabaseTest
{
protected:
    void SetUp() override
    {
        PlacementDatabaseTest::SetUp();
        m_pru =
            SchoolRepository(db())
                .insert(makeSchool(QStringLiteral("137010"), QStringLiteral("Riverside PRU"), QStringLiteral("pru")))
                .value();
        m_ap = SchoolRepository(db())
                   .insert(makeSchool(QStringLiteral("137011"), QStringLiteral("Bridge Academy"), QStringLiteral("ap")))
                   .value();
    }

    static QLabel* label(const QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLabel*>(QLatin1String(name));
    }

    qint64 m_pru = 0;
    qint64 m_ap = 0;
};

TEST_F(ApPlacementDialogTest, RecordsAPlacementByKeyboardAloneAndEnterSaves)
{
    ApPlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record an alternative provision placement"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("providerNameEdit"));
    placementkeys::typeAndTab(QStringLiteral("Riverside PRU"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("providerSchoolCombo"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("providerSchoolCombo"))->currentText(),
              QStringLiteral("Riverside PRU (137010)")); // the AP school named is chosen
    placementkeys::tab();
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("commissioningSchoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("S")); // commissioned by the school
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("startDateEdit"));
    placementkeys::typeAndTab(QStringLiteral("01102024"));
    placementkeys::tab(); // no end yet
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("daysSpin"));
    placementkeys::typeAndTab(QStringLiteral("2.5"));
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("dualRegisteredCheck"));
    placementkeys::press(Qt::Key_Space); // dual registered
    placementkeys::tab();
    EXPECT_EQ(placementkeys::focused()->objectName(), QStringLiteral("costSpin"));
    placementkeys::typeAndTab(QStringLiteral("1234.56"));
    placementkeys::type(QStringLiteral("Attending well"));
    EXPECT_TRUE(label(dialog, "daysPerWeekIssue")->isVisible()); // part-time: a warning beside the field
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("ap-placement-form.png")));
    }
    QString asked;
    placementkeys::answerNextQuestion(QMessageBox::Yes, &asked);
    placementkeys::press(Qt::Key_Return);
    EXPECT_TRUE(asked.contains(QStringLiteral("must still get full-time education"))) << asked.toStdString();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id, pupil_id, provider_name, provider_school_id, commissioning_school_id, "
                              "commissioned_by, start_date, end_date, days_per_week, dual_registered, "
                              "cost_pence, outcome, row_version FROM ap_placements")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), dialog.savedId());
    EXPECT_EQ(q.value(1).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Riverside PRU"));
    EXPECT_EQ(q.value(3).toLongLong(), m_pru);
    EXPECT_EQ(q.value(4).toLongLong(), m_school);
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("school"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("2024-10-01"));
    EXPECT_TRUE(q.value(7).isNull());
    EXPECT_DOUBLE_EQ(q.value(8).toDouble(), 2.5);
    EXPECT_EQ(q.value(9).toInt(), 1);
    EXPECT_EQ(q.value(10).toLongLong(), 123456); // £1,234.56 in pence
    EXPECT_EQ(q.value(11).toString(), QStringLiteral("Attending well"));
    EXPECT_EQ(q.value(12).toInt(), 1);
    EXPECT_FALSE(q.next());
}

TEST_F(ApPlacementDialogTest, TheProviderCompletesFromApSchoolsOnly)
{
    ApPlacementDialog dialog(db(), m_pupil);
    QCompleter* completer = dialog.findChild<QLineEdit*>(QStringLiteral("providerNameEdit"))->completer();
    ASSERT_NE(completer, nullptr);
    QStringList names;
    for (int row = 0; row < completer->model()->rowCount(); ++row) {
        names << completer->model()->index(row, 0).data().toString();
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("Bridge Academy"), QStringLiteral("Riverside PRU")}));
}

TEST_F(ApPlacementDialogTest, AProviderNotInTheSchoolsListIsSavedByNameAlone)
{
    ApPlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::type(QStringLiteral("Greenway Farm Education"));
    EXPECT_EQ(dialog.apPlacement().providerSchoolId, 0);
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM ap_placements WHERE provider_name = 'Greenway Farm "
                                   "Education' AND provider_school_id IS NULL AND days_per_week IS NULL AND "
                                   "cost_pence IS NULL"))
                  .toInt(),
              1);
}

TEST_F(ApPlacementDialogTest, AnEndBeforeTheStartOrNoProviderIsShownBesideTheFieldAndNothingIsSaved)
{
    ApPlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    EXPECT_TRUE(label(dialog, "providerNameIssue")->isVisible());
    placementkeys::typeAndTab(QStringLiteral("Step Up Tuition"));
    EXPECT_FALSE(label(dialog, "providerNameIssue")->isVisible());
    placementkeys::tab();
    placementkeys::tab();
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("01102024"));
    placementkeys::typeAndTab(QStringLiteral("30092024"));
    QLabel* issue = label(dialog, "endDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("End: 30/09/2024 is before the start (01/10/2024)."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("ap_placements")), 0);
}

TEST_F(ApPlacementDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    ApPlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::type(QStringLiteral("Step Up Tuition"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    placementkeys::press(Qt::Key_Return);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QLabel* error = label(dialog, "saveError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.apPlacement().providerName, QStringLiteral("Step Up Tuition"));
    EXPECT_EQ(count(QStringLiteral("ap_placements")), 0);
}

TEST_F(ApPlacementDialogTest, EditingChangesTheRowAndBumpsItsVersion)
{
    ApPlacement p = makeApPlacement(m_pupil, QStringLiteral("Bridge Academy"), QDate(2024, 10, 1));
    p.providerSchoolId = m_ap;
    p.daysPerWeek = 2.0;
    p.costPence = 50000;
    const qint64 id = ApPlacementRepository(db()).insert(p).value();
    ApPlacementDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit an alternative provision placement"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("providerSchoolCombo"))->currentText(),
              QStringLiteral("Bridge Academy (137011)"));
    EXPECT_EQ(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("costSpin"))->text(), QStringLiteral("\u00a3500.00"));
    for (int i = 0; i < 5; ++i) {
        placementkeys::tab(); // to the end date
    }
    placementkeys::typeAndTab(QStringLiteral("20122024"));
    placementkeys::typeAndTab(QStringLiteral("5")); // full-time now: no question
    placementkeys::tab();
    placementkeys::typeAndTab(QStringLiteral("2750"));
    placementkeys::press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT end_date, days_per_week, cost_pence, provider_school_id, row_version "
                                      "FROM ap_placements")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-12-20"));
    EXPECT_DOUBLE_EQ(q.value(1).toDouble(), 5.0);
    EXPECT_EQ(q.value(2).toLongLong(), 275000);
    EXPECT_EQ(q.value(3).toLongLong(), m_ap);
    EXPECT_EQ(q.value(4).toInt(), 2);
}

TEST_F(ApPlacementDialogTest, AnEditOfARecordChangedMeanwhileIsRefusedAndTheFormKept)
{
    const qint64 id = ApPlacementRepository(db())
                          .insert(makeApPlacement(m_pupil, QStringLiteral("Step Up"), QDate(2024, 10, 1)))
                          .value();
    ApPlacementDialog dialog(db(), m_pupil, id);
    placementkeys::open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE ap_placements SET row_version = row_version + 1")));
    placementkeys::press(Qt::Key_A, Qt::ControlModifier);
    placementkeys::type(QStringLiteral("Step Up Tuition Service"));
    placementkeys::press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(label(dialog, "saveError")->text().contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(dialog.apPlacement().providerName, QStringLiteral("Step Up Tuition Service"));
    EXPECT_EQ(value(QStringLiteral("SELECT provider_name FROM ap_placements")).toString(), QStringLiteral("Step Up"));
}

TEST_F(ApPlacementDialogTest, EveryFieldIsNamedForScreenReaders)
{
    ApPlacementDialog dialog(db(), m_pupil);
    for (const char* name :
         {"providerNameEdit", "providerSchoolCombo", "commissioningSchoolCombo", "commissionedByCombo", "startDateEdit",
          "endDateEdit", "daysSpin", "dualRegisteredCheck", "costSpin", "outcomeEdit"}) {
        auto* w = dialog.findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    }
}

TEST_F(ApPlacementDialogTest, AltWithEachUnderlinedLetterGoesToItsFieldAndEscapeCancels)
{
    ApPlacementDialog dialog(db(), m_pupil);
    placementkeys::open(dialog);
    placementkeys::expectMnemonicsLeadToFields(dialog);
    placementkeys::press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
} // namespace casebook::test
