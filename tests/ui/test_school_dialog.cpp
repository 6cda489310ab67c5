#include "Builders.h"
#include "PeopleFormHelpers.h"
#include "TempDatabase.h"

#include "calendar/AcademicYear.h"
#include "forms/SchoolDialog.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class SchoolDialogTest : public DatabaseTest
{
protected:
    template <typename T>
    static T* field(SchoolDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

    // Moves to the year group row labelled `label` and types `count` into it.
    static void typeCount(SchoolDialog& dialog, const QString& label, const QString& count)
    {
        auto* table = field<QTableWidget>(dialog, "yearGroupsTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->verticalHeaderItem(row)->text() == label) {
                table->setFocus();
                table->setCurrentCell(row, 0);
                typeIntoFocus(count);
                pressOnFocus(Qt::Key_Down); // commits, moves to the next year
                return;
            }
        }
        ADD_FAILURE() << "no row " << label.toStdString();
    }

    // "nc:count" for each year group of one school's roll, and the total.
    QString storedRoll(qint64 school, const QString& year)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT headcount FROM school_rolls WHERE school_id = ? AND academic_year = ?"));
        q.addBindValue(school);
        q.addBindValue(year);
        QString text = q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("none");
        q.prepare(QStringLiteral("SELECT nc_year, headcount FROM school_roll_year_groups WHERE school_id = ? AND "
                                 "academic_year = ? ORDER BY nc_year"));
        q.addBindValue(school);
        q.addBindValue(year);
        if (q.exec()) {
            while (q.next()) {
                text += QStringLiteral(" %1:%2").arg(q.value(0).toString(), q.value(1).toString());
            }
        }
        return text;
    }
};

TEST_F(SchoolDialogTest, AddsASchoolWithItsRollByKeyboard)
{
    SchoolDialog dialog(db());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Add a school"));
    ASSERT_EQ(QApplication::focusWidget(), field<QLineEdit>(dialog, "urnEdit"));
    typeAndTab(QStringLiteral("137001"));
    typeAndTab(QStringLiteral("873/4001")); // stored as 8734001
    typeAndTab(QStringLiteral("Northfield Academy"));
    typeAndTab(QStringLiteral("S")); // Secondary
    typeAndTab(QStringLiteral("A")); // Academy
    typeAndTab(QStringLiteral("North Star Trust"));
    typeAndTab(QStringLiteral("North"));
    typeAndTab(QStringLiteral("01092011")); // opened on
    typeAndTab({});                         // closed on: not recorded
    typeAndTab(QStringLiteral("2024/25"));  // academic year
    ASSERT_EQ(QApplication::focusWidget(), field<QTableWidget>(dialog, "yearGroupsTable"));
    typeIntoFocus(QStringLiteral("190")); // Year 7, the first row
    pressOnFocus(Qt::Key_Down);
    typeIntoFocus(QStringLiteral("185")); // Year 8
    pressOnFocus(Qt::Key_Tab);            // commits, on to the total
    auto* total = field<QSpinBox>(dialog, "rollTotalSpin");
    EXPECT_EQ(QApplication::focusWidget(), total);
    EXPECT_EQ(total->value(), 375);
    EXPECT_TRUE(total->isReadOnly()); // the sum of the year groups
    screenshot(dialog, QStringLiteral("school-form.png"));
    QTest::keyClick(field<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    auto school = SchoolRepository(db()).load(dialog.savedId());
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(school->urn, QStringLiteral("137001"));
    EXPECT_EQ(school->laestab, QStringLiteral("8734001"));
    EXPECT_EQ(school->name, QStringLiteral("Northfield Academy"));
    EXPECT_EQ(school->phase, QStringLiteral("secondary"));
    EXPECT_EQ(school->schoolType, QStringLiteral("academy"));
    EXPECT_EQ(school->trustName, QStringLiteral("North Star Trust"));
    EXPECT_EQ(school->locality, QStringLiteral("North"));
    EXPECT_EQ(school->openedOn, QDate(2011, 9, 1));
    EXPECT_FALSE(school->closedOn.isValid());
    EXPECT_EQ(storedRoll(dialog.savedId(), QStringLiteral("2024/25")), QStringLiteral("375 7:190 8:185"));
    EXPECT_EQ(count(QStringLiteral("school_rolls")), 1); // years only looked at are not written
}

TEST_F(SchoolDialogTest, EditsASchoolAndItsRollsTogether)
{
    SchoolRoll recorded;
    recorded.academicYear = QStringLiteral("2024/25");
    recorded.yearGroups = {{7, 190}, {8, 185}};
    recorded.headcount = 375;
    SchoolRoll older;
    older.academicYear = QStringLiteral("2022/23");
    older.headcount = 350;
    const qint64 id = SchoolRepository(db())
                          .insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield")), {recorded, older})
                          .value();
    SchoolDialog dialog(db(), id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit school details"));
    EXPECT_EQ(field<QComboBox>(dialog, "rollYearCombo")->currentText(), QStringLiteral("2024/25")); // the latest
    EXPECT_EQ(field<QSpinBox>(dialog, "rollTotalSpin")->value(), 375);
    auto* name = field<QLineEdit>(dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Northfield Academy"));
    typeCount(dialog, QStringLiteral("Year 8"), QStringLiteral("180"));
    typeCount(dialog, QStringLiteral("Year 9"), QStringLiteral("170"));
    EXPECT_EQ(field<QSpinBox>(dialog, "rollTotalSpin")->value(), 540);

    // 2023/24: the census gave a total only.
    auto* year = field<QComboBox>(dialog, "rollYearCombo");
    year->setFocus();
    QTest::keyClicks(year, QStringLiteral("2023/24"));
    ASSERT_EQ(year->currentText(), QStringLiteral("2023/24"));
    auto* total = field<QSpinBox>(dialog, "rollTotalSpin");
    EXPECT_EQ(total->text(), QStringLiteral("not recorded"));
    EXPECT_FALSE(total->isReadOnly());
    total->setFocus();
    QTest::keyClicks(total, QStringLiteral("520"));
    EXPECT_EQ(total->value(), 520);
    QTest::keyClick(name, Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    EXPECT_EQ(SchoolRepository(db()).load(id)->name, QStringLiteral("Northfield Academy"));
    EXPECT_EQ(SchoolRepository(db()).load(id)->rowVersion, 2);
    EXPECT_EQ(storedRoll(id, QStringLiteral("2024/25")), QStringLiteral("540 7:190 8:180 9:170"));
    EXPECT_EQ(storedRoll(id, QStringLiteral("2023/24")), QStringLiteral("520"));
    EXPECT_EQ(storedRoll(id, QStringLiteral("2022/23")), QStringLiteral("350")); // untouched
}

TEST_F(SchoolDialogTest, AUrnAlreadyUsedIsShownBesideItAndNothingIsSaved)
{
    ASSERT_TRUE(SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).ok());
    SchoolDialog dialog(db());
    dialog.show();
    QTest::keyClicks(field<QLineEdit>(dialog, "urnEdit"), QStringLiteral("137001"));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Southfield"));
    auto* phase = field<QComboBox>(dialog, "phaseCombo");
    phase->setFocus();
    QTest::keyClicks(phase, QStringLiteral("P")); // Primary
    auto* issue = field<QLabel>(dialog, "urnIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("URN 137001 already belongs to Northfield."));
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::keyClick(field<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("schools")), 1);
}

TEST_F(SchoolDialogTest, AStaleEditIsNotSavedAndTheFormKeepsItsData)
{
    const qint64 id =
        SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
    SchoolDialog dialog(db(), id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE schools SET row_version = row_version + 1")));
    auto* locality = field<QLineEdit>(dialog, "localityEdit");
    locality->selectAll();
    QTest::keyClicks(locality, QStringLiteral("East"));
    typeCount(dialog, QStringLiteral("Year 7"), QStringLiteral("200"));
    QTest::keyClick(locality, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(
        field<QLabel>(dialog, "saveError")->text().startsWith(QStringLiteral("Not saved: This record was changed")));
    EXPECT_EQ(locality->text(), QStringLiteral("East"));
    EXPECT_EQ(dialog.changedRolls().size(), 1u);
    EXPECT_EQ(count(QStringLiteral("school_rolls")), 0); // the rolls were not saved without the school
}

} // namespace
} // namespace casebook::test
