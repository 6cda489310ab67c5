#include "Builders.h"
#include "TempDatabase.h"

#include "forms/SuspensionDialog.h"
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
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("suspension-form.png")));
    }
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

} // namespace
} // namespace casebook::test
