#include "Builders.h"
#include "PlanningBuilders.h"
#include "PlanningFormKeys.h"
#include "TempDatabase.h"

#include "forms/ChildRowsTable.h"
#include "forms/PspDialog.h"
#include "repositories/PspRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/PspCheck.h"

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

class PspDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        ASSERT_TRUE(schools.insert(makeSchool(QStringLiteral("137000"), QStringLiteral("Abbey Park"))).ok());
        m_school = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                        "'2022-09-05')")
                             .arg(m_pupil)
                             .arg(m_school)));
    }

    static void open(PspDialog& dialog)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    static forms::ChildRowsTable* reviews(PspDialog& dialog)
    {
        return dialog.findChild<forms::ChildRowsTable*>(QStringLiteral("reviewsTable"));
    }

    static QStringList dueDates(PspDialog& dialog)
    {
        QStringList dates;
        for (const PspReview& r : dialog.psp().reviews) {
            dates << r.dueOn.toString(QStringLiteral("dd/MM/yyyy"));
        }
        return dates;
    }

    // Each saved review as "due|held|notes|row_version", by due date.
    QStringList reviewRows()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT due_on, coalesce(held_on, ''), coalesce(notes, ''), row_version "
                                          "FROM psp_reviews ORDER BY due_on")));
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                        .arg(q.value(3).toInt());
        }
        return rows;
    }

    qint64 savedPlanWithTwoReviews()
    {
        Psp p = makePsp(m_pupil, m_school, QDate(2024, 9, 9));
        p.reviews = {{0, QDate(2024, 11, 4), QDate(2024, 11, 5), QStringLiteral("Good progress")},
                     {0, QDate(2024, 12, 30), QDate(), QString()}};
        return PspRepository(db()).insert(p).value();
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(PspDialogTest, APlanAndItsReviewsAreRecordedByKeyboardAlone)
{
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a pastoral support plan"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("schoolCombo"))->currentText(),
              QStringLiteral("Northfield (137001)")); // the pupil's current school
    ASSERT_EQ(focusedName(), QStringLiteral("startDateEdit"));
    type(QStringLiteral("09092024"));
    // The offer: a typical plan's length and a review every few weeks, following the start date.
    EXPECT_EQ(dialog.findChild<QDateEdit*>(QStringLiteral("plannedEndDateEdit"))->date(), QDate(2024, 12, 30));
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("04/11/2024"), QStringLiteral("30/12/2024")}));

    press(Qt::Key_L, Qt::AltModifier);
    ASSERT_EQ(focusedName(), QStringLiteral("laRepresentativeEdit"));
    type(QStringLiteral("A. Officer"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("statusCombo"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("targetsEdit"));
    type(QStringLiteral("Attend every lesson"));
    tab();
    ASSERT_EQ(focusedName(), QStringLiteral("agenciesEdit"));
    type(QStringLiteral("CAMHS, early help"));
    tab(2);
    ASSERT_EQ(focusedName(), QStringLiteral("reviewsTable"));

    // Alt+A adds a review and opens its due date; Enter ends the edit.
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return reviews(dialog)->rowCount() == 3; }));
    type(QStringLiteral("13012025"));
    press(Qt::Key_Return);
    ASSERT_EQ(focusedName(), QStringLiteral("reviewsTable"));
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    type(QStringLiteral("Final check"));
    press(Qt::Key_Return);
    // Del on the table removes the current review: the one due on 30/12/2024.
    press(Qt::Key_Up);
    press(Qt::Key_Delete);
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("04/11/2024"), QStringLiteral("13/01/2025")}));
    // Typing on a date cell opens it: the first review was held on 05/11/2024.
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Right);
    type(QStringLiteral("05112024"));
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.psp().reviews.at(0).heldOn, QDate(2024, 11, 5));
    screenshot(dialog, QStringLiteral("psp-form.png"));

    press(Qt::Key_Return); // Enter on the table (not editing) saves
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id, school_id, start_date, planned_end_date, end_date IS NULL, "
                                      "la_representative, targets, agencies, status, row_version, id FROM psps")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(1).toLongLong(), m_school);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2024-09-09"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("2024-12-30"));
    EXPECT_EQ(q.value(4).toInt(), 1);
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("A. Officer"));
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("Attend every lesson"));
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("CAMHS, early help"));
    EXPECT_EQ(q.value(8).toString(), QStringLiteral("active"));
    EXPECT_EQ(q.value(9).toInt(), 1);
    EXPECT_EQ(q.value(10).toLongLong(), dialog.savedId());
    EXPECT_FALSE(q.next());
    EXPECT_EQ(reviewRows(),
              (QStringList{QStringLiteral("2024-11-04|2024-11-05||1"), QStringLiteral("2025-01-13||Final check|1")}));
}

TEST_F(PspDialogTest, TheOfferedReviewsFollowTheStartUntilTheOfficerEditsThem)
{
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    type(QStringLiteral("02092024"));
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("28/10/2024"), QStringLiteral("23/12/2024")}));
    press(Qt::Key_W, Qt::AltModifier);
    ASSERT_EQ(focusedName(), QStringLiteral("reviewEverySpin"));
    press(Qt::Key_Down); // 7 weeks
    press(Qt::Key_Down); // 6 weeks
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("14/10/2024"), QStringLiteral("25/11/2024")}));
    // The officer deletes a review: from now on the start date leaves the reviews alone.
    press(Qt::Key_V, Qt::AltModifier);
    press(Qt::Key_Delete);
    ASSERT_EQ(reviews(dialog)->rowCount(), 1);
    dialog.findChild<QDateEdit*>(QStringLiteral("startDateEdit"))->setDate(QDate(2024, 9, 9));
    EXPECT_EQ(reviews(dialog)->rowCount(), 1);
    // Alt+H offers the schedule again.
    ASSERT_TRUE(alt(Qt::Key_H, [&] { return reviews(dialog)->rowCount() == 2; }));
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("21/10/2024"), QStringLiteral("02/12/2024")}));
}

TEST_F(PspDialogTest, AnEndBeforeTheStartIsShownBesideTheFieldAndNothingIsSaved)
{
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    type(QStringLiteral("09092024"));
    press(Qt::Key_E, Qt::AltModifier);
    ASSERT_EQ(focusedName(), QStringLiteral("endDateEdit"));
    type(QStringLiteral("01092024"));
    EXPECT_EQ(dialog.psp().endDate, QDate(2024, 9, 1));
    const auto* issue = dialog.findChild<QLabel*>(QStringLiteral("endDateIssue"));
    EXPECT_TRUE(issue->isVisible());
    EXPECT_EQ(issue->text(), QStringLiteral("The end date (01/09/2024) cannot be before the start (09/09/2024)."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("psps")), 0);
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 0);

    press(Qt::Key_Delete, Qt::ControlModifier); // back to "not recorded": the error goes
    EXPECT_FALSE(dialog.psp().endDate.isValid());
    EXPECT_FALSE(issue->isVisible());
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_F(PspDialogTest, AWarningAsksFirstAndNoKeepsTheForm)
{
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    type(QStringLiteral("09092024"));
    press(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("C")); // Completed, with no end date: a warning
    EXPECT_EQ(dialog.psp().status, QStringLiteral("completed"));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("endDateIssue"))->isVisible());
    answerNextQuestion(QMessageBox::No);
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("psps")), 0);
    ASSERT_TRUE(backTo(dialog));
    answerNextQuestion(QMessageBox::Yes);
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("psps")), 1);
}

TEST_F(PspDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    type(QStringLiteral("09092024"));
    press(Qt::Key_G, Qt::AltModifier);
    type(QStringLiteral("Attend every lesson"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    press(Qt::Key_L, Qt::AltModifier);
    press(Qt::Key_Return);
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.psp().targets, QStringLiteral("Attend every lesson"));
    EXPECT_EQ(dialog.psp().startDate, QDate(2024, 9, 9));
    EXPECT_EQ(dialog.psp().reviews.size(), 2U);
    EXPECT_EQ(count(QStringLiteral("psps")), 0);
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 0);
}

TEST_F(PspDialogTest, EditingRemovesOneReviewAndAddsAnotherLeavingExactlyThoseRows)
{
    const qint64 id = savedPlanWithTwoReviews();
    const qint64 keptId = PspRepository(db()).load(id)->reviews[0].id;
    PspDialog dialog(db(), m_pupil, id);
    open(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit pastoral support plan"));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("scheduleReviewsButton"))->isVisible());
    EXPECT_EQ(dueDates(dialog), (QStringList{QStringLiteral("04/11/2024"), QStringLiteral("30/12/2024")}));

    press(Qt::Key_V, Qt::AltModifier);
    ASSERT_EQ(focusedName(), QStringLiteral("reviewsTable"));
    press(Qt::Key_Home, Qt::ControlModifier);
    press(Qt::Key_Down);
    press(Qt::Key_Delete); // the review due on 30/12/2024
    ASSERT_TRUE(alt(Qt::Key_A, [&] { return reviews(dialog)->rowCount() == 2; }));
    type(QStringLiteral("16122024"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    EXPECT_EQ(reviewRows(),
              (QStringList{QStringLiteral("2024-11-04|2024-11-05|Good progress|1"), QStringLiteral("2024-12-16|||1")}));
    const Psp after = PspRepository(db()).load(id).value();
    EXPECT_EQ(after.reviews[0].id, keptId);
    EXPECT_EQ(after.rowVersion, 2);
}

TEST_F(PspDialogTest, AStaleEditKeepsTheFormAndSaysSomeoneElseChangedIt)
{
    const qint64 id = savedPlanWithTwoReviews();
    PspDialog dialog(db(), m_pupil, id);
    open(dialog);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE psps SET row_version = 2 WHERE id = %1").arg(id)));
    press(Qt::Key_O, Qt::AltModifier);
    type(QStringLiteral("Targets met"));
    tab();
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
    EXPECT_EQ(error->text(), QStringLiteral("Not saved: This record was changed by someone else since you opened it; "
                                            "close the form and open it again."));
    EXPECT_EQ(dialog.psp().outcome, QStringLiteral("Targets met"));
    EXPECT_TRUE(PspRepository(db()).load(id)->outcome.isEmpty());
}

TEST_F(PspDialogTest, AnOverlappingActivePlanIsAWarningBesideTheStart)
{
    savedPlanWithTwoReviews();
    PspDialog dialog(db(), m_pupil);
    open(dialog);
    type(QStringLiteral("02122024"));
    const auto* issue = dialog.findChild<QLabel*>(QStringLiteral("startDateIssue"));
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("overlaps the active plan from 09/09/2024")))
        << issue->text().toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled()); // a warning only
}

} // namespace
} // namespace casebook::test
