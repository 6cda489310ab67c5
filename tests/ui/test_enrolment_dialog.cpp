#include "Builders.h"
#include "PeopleBuilders.h"
#include "PeopleFormHelpers.h"
#include "TempDatabase.h"

#include "forms/EnrolmentDialog.h"
#include "repositories/EnrolmentRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class EnrolmentDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        m_north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_south = schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("Southfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1)))
                      .value();
        Enrolment e = makeEnrolment(0, m_north, QDate(2022, 9, 5));
        e.pupilId = m_pupil;
        m_current = EnrolmentRepository(db()).insert(e).value();
    }

    template <typename T>
    static T* field(EnrolmentDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

    static void choose(QComboBox* combo, const QString& typed)
    {
        combo->setFocus();
        QTest::keyClicks(combo, typed);
    }

    // "school start..end reason destination" for each of the pupil's enrolments, oldest first.
    QStringList history()
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT s.name, e.start_date, coalesce(e.end_date, ''), coalesce(e.leaving_reason, "
                                 "''), coalesce(d.name, ''), e.registration_type FROM enrolments e JOIN schools s ON "
                                 "s.id = e.school_id LEFT JOIN schools d ON d.id = e.destination_school_id WHERE "
                                 "e.pupil_id = ? ORDER BY e.start_date"));
        q.addBindValue(m_pupil);
        QStringList rows;
        if (q.exec()) {
            while (q.next()) {
                rows << QStringLiteral("%1 %2..%3 %4 %5 %6")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString())
                            .simplified();
            }
        }
        return rows;
    }

    qint64 m_north = 0;
    qint64 m_south = 0;
    qint64 m_pupil = 0;
    qint64 m_current = 0;
};

TEST_F(EnrolmentDialogTest, AMoveEndsOneEnrolmentAndStartsTheNext)
{
    EnrolmentDialog dialog(db(), m_pupil);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a school move"));
    EXPECT_EQ(field<QGroupBox>(dialog, "leavingGroup")->title(), QStringLiteral("Leaving Northfield"));
    ASSERT_EQ(QApplication::focusWidget(), field<QDateEdit>(dialog, "endDateEdit"));
    typeAndTab(QStringLiteral("25102024")); // last day at Northfield
    typeAndTab(QStringLiteral("Ma"));       // Managed move
    typeAndTab({});                         // where they went: the new school says it
    typeAndTab(QStringLiteral("S"));        // Southfield
    EXPECT_EQ(field<QDateEdit>(dialog, "startDateEdit")->date(), QDate(2024, 10, 26)); // follows the last day
    typeAndTab(QStringLiteral("04112024"));                                            // first day at Southfield
    EXPECT_EQ(QApplication::focusWidget(), field<QComboBox>(dialog, "registrationCombo"));
    screenshot(dialog, QStringLiteral("school-move-form.png"));
    pressOnFocus(Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    EXPECT_EQ(history(),
              (QStringList{QStringLiteral("Northfield 2022-09-05..2024-10-25 managed_move Southfield single"),
                           QStringLiteral("Southfield 2024-11-04.. single")}));
    auto started = EnrolmentRepository(db()).load(dialog.savedId());
    ASSERT_TRUE(started.ok());
    EXPECT_EQ(started->schoolId, m_south);
}

TEST_F(EnrolmentDialogTest, TheSchoolBeingLeftCannotBeTheNewOne)
{
    EnrolmentDialog dialog(db(), m_pupil);
    dialog.show();
    choose(field<QComboBox>(dialog, "leavingReasonCombo"), QStringLiteral("Mo"));
    choose(field<QComboBox>(dialog, "destinationSchoolCombo"), QStringLiteral("N")); // Northfield again
    auto* issue = field<QLabel>(dialog, "destinationSchoolIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("The pupil is leaving Northfield: choose the school they move to."));
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::keyClick(field<QLineEdit>(dialog, "destinationNoteEdit"), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("enrolments")), 1);
}

TEST_F(EnrolmentDialogTest, DatesInTheWrongOrderAreShownBesideTheirFields)
{
    EnrolmentDialog dialog(db(), m_pupil);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    choose(field<QComboBox>(dialog, "leavingReasonCombo"), QStringLiteral("Mo"));
    choose(field<QComboBox>(dialog, "destinationSchoolCombo"), QStringLiteral("S"));
    typeDate(field<QDateEdit>(dialog, "endDateEdit"), QStringLiteral("01092022")); // before joining Northfield
    auto* endIssue = field<QLabel>(dialog, "endDateIssue");
    EXPECT_TRUE(endIssue->text().contains(QStringLiteral("cannot come before the pupil joined it (05/09/2022)")))
        << endIssue->text().toStdString();

    typeDate(field<QDateEdit>(dialog, "endDateEdit"), QStringLiteral("25102024"));
    typeDate(field<QDateEdit>(dialog, "startDateEdit"), QStringLiteral("21102024")); // still at Northfield then
    EXPECT_FALSE(endIssue->isVisible());
    auto* startIssue = field<QLabel>(dialog, "startDateIssue");
    EXPECT_TRUE(startIssue->isVisible());
    EXPECT_TRUE(startIssue->text().contains(QStringLiteral("overlaps the single registration at Northfield")))
        << startIssue->text().toStdString();
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());

    choose(field<QComboBox>(dialog, "registrationCombo"), QStringLiteral("Dual registration, s")); // subsidiary
    EXPECT_FALSE(startIssue->isVisible()); // a dual registration may overlap
    EXPECT_TRUE(field<QPushButton>(dialog, "saveButton")->isEnabled());
}

TEST_F(EnrolmentDialogTest, AFailedMoveKeepsTheFormAndChangesNothing)
{
    EnrolmentDialog dialog(db(), m_pupil);
    dialog.show();
    choose(field<QComboBox>(dialog, "leavingReasonCombo"), QStringLiteral("Ma"));
    choose(field<QComboBox>(dialog, "destinationSchoolCombo"), QStringLiteral("S"));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE enrolments SET row_version = 2"))); // someone else changed it
    QTest::keyClick(field<QLineEdit>(dialog, "destinationNoteEdit"), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(field<QLabel>(dialog, "saveError")->text().startsWith(QStringLiteral("Not saved: This record was")));
    EXPECT_EQ(dialog.move().destinationSchoolId, m_south);
    EXPECT_EQ(history(), QStringList{QStringLiteral("Northfield 2022-09-05.. single")});
}

TEST_F(EnrolmentDialogTest, APupilOnNoRollJoinsASchool)
{
    ASSERT_TRUE(exec(QStringLiteral("UPDATE enrolments SET end_date = '2024-07-19', leaving_reason = "
                                    "'elective_home_education'")));
    EnrolmentDialog dialog(db(), m_pupil);
    dialog.show();
    EXPECT_TRUE(field<QLabel>(dialog, "noCurrentSchoolLabel")->isVisible());
    EXPECT_FALSE(field<QDateEdit>(dialog, "endDateEdit")->isVisible());
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled()); // no school chosen yet
    choose(field<QComboBox>(dialog, "destinationSchoolCombo"), QStringLiteral("S"));
    typeDate(field<QDateEdit>(dialog, "startDateEdit"), QStringLiteral("06012025"));
    QTest::keyClick(field<QDateEdit>(dialog, "startDateEdit"), Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    EXPECT_EQ(history(),
              (QStringList{QStringLiteral("Northfield 2022-09-05..2024-07-19 elective_home_education single"),
                           QStringLiteral("Southfield 2025-01-06.. single")}));
}

TEST_F(EnrolmentDialogTest, EditingAnEnrolmentChangesItsOwnFields)
{
    EnrolmentDialog dialog(db(), m_pupil, m_current);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit enrolment"));
    EXPECT_EQ(field<QComboBox>(dialog, "schoolCombo")->currentText(), QStringLiteral("Northfield (137001)"));
    EXPECT_EQ(field<QDateEdit>(dialog, "endDateEdit")->text(), QStringLiteral("not recorded"));
    ASSERT_EQ(QApplication::focusWidget(), field<QComboBox>(dialog, "schoolCombo"));
    typeAndTab({});                         // school
    typeAndTab(QStringLiteral("06092022")); // started a day later than recorded
    typeAndTab({});                         // registration
    typeAndTab(QStringLiteral("19072024")); // left on
    typeAndTab(QStringLiteral("Mo"));       // moved to another school
    typeAndTab(QStringLiteral("S"));        // Southfield
    typeIntoFocus(QStringLiteral("Started in Year 9"));
    pressOnFocus(Qt::Key_Return);

    ASSERT_EQ(dialog.result(), QDialog::Accepted) << field<QLabel>(dialog, "saveError")->text().toStdString();
    auto saved = EnrolmentRepository(db()).load(m_current).value();
    EXPECT_EQ(saved.startDate, QDate(2022, 9, 6));
    EXPECT_EQ(saved.endDate, QDate(2024, 7, 19));
    EXPECT_EQ(saved.leavingReason, QStringLiteral("moved_school"));
    EXPECT_EQ(saved.destinationSchoolId, m_south);
    EXPECT_EQ(saved.destinationNote, QStringLiteral("Started in Year 9"));
    EXPECT_EQ(saved.rowVersion, 2);
    EXPECT_EQ(count(QStringLiteral("enrolments")), 1); // an edit starts nothing
}

TEST_F(EnrolmentDialogTest, AnEditedEndBeforeTheStartIsRefused)
{
    EnrolmentDialog dialog(db(), m_pupil, m_current);
    dialog.show();
    typeDate(field<QDateEdit>(dialog, "endDateEdit"), QStringLiteral("04092022"));
    choose(field<QComboBox>(dialog, "leavingReasonCombo"), QStringLiteral("Mo"));
    auto* issue = field<QLabel>(dialog, "endDateIssue");
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("end date (04/09/2022) cannot come before the start date")));
    EXPECT_FALSE(field<QPushButton>(dialog, "saveButton")->isEnabled());
}

} // namespace
} // namespace casebook::test
