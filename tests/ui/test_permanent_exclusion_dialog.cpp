#include "Builders.h"
#include "ExclusionFormKeys.h"
#include "TempDatabase.h"

#include "forms/FormSupport.h"
#include "forms/PermanentExclusionDialog.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class PermanentExclusionDialogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db()));
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2009, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date) VALUES (%1, %2, "
                                        "'2020-09-03')")
                             .arg(m_pupil)
                             .arg(m_school)));
    }

    // Decided Monday 07/10/2024, excluded from Tuesday 08/10/2024; the board was told on 08/10/2024.
    PermanentExclusion stored() const
    {
        PermanentExclusion x;
        x.pupilId = m_pupil;
        x.schoolId = m_school;
        x.decisionDate = QDate(2024, 10, 7);
        x.effectiveDate = QDate(2024, 10, 8);
        x.reasonCodes = {QStringLiteral("PA"), QStringLiteral("DM")};
        x.parentNotifiedOn = QDate(2024, 10, 7);
        x.governorsNotifiedOn = QDate(2024, 10, 8);
        x.laNotifiedOn = QDate(2024, 10, 8);
        return x;
    }

    static void show(PermanentExclusionDialog& dialog)
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

    QSqlQuery row(const QString& columns)
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM permanent_exclusions")));
        EXPECT_TRUE(q.next());
        return q;
    }

    QStringList reasons()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT code FROM permanent_exclusion_reasons ORDER BY position")));
        QStringList codes;
        while (q.next()) {
            codes << q.value(0).toString();
        }
        return codes;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(PermanentExclusionDialogTest, LogsAnExclusionByKeyboardAlone)
{
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Record a permanent exclusion"));
    EXPECT_EQ(child<QComboBox>(dialog, "schoolCombo")->currentText(), QStringLiteral("Northfield (137001)"));
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("decisionDateEdit"));
    type(QStringLiteral("07102024"));
    tabTo("effectiveDateEdit");
    type(QStringLiteral("08/10/2024"));
    tabTo("reason1Combo");
    type(QStringLiteral("PA"));
    tabTo("reason2Combo");
    type(QStringLiteral("OW"));
    tabTo("reason3Combo");
    tabTo("wouldMissExamCheck");
    press(Qt::Key_Space);
    tabTo("detailEdit");
    type(QStringLiteral("Assaulted a teaching assistant with a chair."));
    tabTo("parentNotifiedEdit");
    type(QStringLiteral("07102024"));
    tabTo("governorsNotifiedEdit");
    type(QStringLiteral("08102024"));
    tabTo("laNotifiedEdit");
    type(QStringLiteral("08102024"));

    // The statutory deadlines follow from the dates typed (15 school days from the board's notice, skipping
    // half term; the sixth school day from 08/10/2024).
    EXPECT_EQ(child<QLabel>(dialog, "boardDeadline")->text(),
              QStringLiteral("Board must meet by 05/11/2024 (15 school days from being notified on 08/10/2024). The "
                             "pupil would miss a public exam: the board should meet before it."));
    EXPECT_TRUE(child<QLabel>(dialog, "sixthDayDeadline")
                    ->text()
                    .startsWith(QStringLiteral("LA must provide full-time education from 15/10/2024")));
    EXPECT_TRUE(child<QLabel>(dialog, "notificationsDeadline")->isHidden()); // everyone required was told
    for (const char* issue : {"decisionDateIssue", "effectiveDateIssue", "reasonsIssue", "previousExclusionIssue"}) {
        EXPECT_TRUE(child<QLabel>(dialog, issue)->isHidden()) << issue;
    }
    screenshot(dialog, "permanent-exclusion-form.png");

    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_GT(dialog.savedId(), 0);
    QSqlQuery q = row(QStringLiteral("id, pupil_id, school_id, decision_date, effective_date, detail, would_miss_exam, "
                                     "parent_notified_on, governors_notified_on, la_notified_on, "
                                     "social_worker_notified_on, board_meeting_on, row_version"));
    EXPECT_EQ(q.value(0).toLongLong(), dialog.savedId());
    EXPECT_EQ(q.value(1).toLongLong(), m_pupil);
    EXPECT_EQ(q.value(2).toLongLong(), m_school);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("2024-10-07"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-10-08"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("Assaulted a teaching assistant with a chair."));
    EXPECT_EQ(q.value(6).toInt(), 1);
    EXPECT_EQ(q.value(7).toString(), QStringLiteral("2024-10-07"));
    EXPECT_EQ(q.value(8).toString(), QStringLiteral("2024-10-08"));
    EXPECT_EQ(q.value(9).toString(), QStringLiteral("2024-10-08"));
    EXPECT_TRUE(q.value(10).isNull()); // "not recorded" stays NULL
    EXPECT_TRUE(q.value(11).isNull());
    EXPECT_EQ(q.value(12).toInt(), 1);
    EXPECT_FALSE(q.next());
    EXPECT_EQ(reasons(), QStringList({QStringLiteral("PA"), QStringLiteral("OW")}));
}

TEST_F(PermanentExclusionDialogTest, EditsTheBoardStageFromTheKeyboard)
{
    const qint64 id = ExclusionRepository(db()).insertExclusion(stored()).value();
    PermanentExclusionDialog dialog(db(), m_pupil, id);
    show(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit a permanent exclusion"));
    EXPECT_EQ(dialog.exclusion().reasonCodes, stored().reasonCodes);
    auto* tabs = child<QTabWidget>(dialog, "stageTabs");
    press(Qt::Key_PageDown, Qt::ControlModifier);
    ASSERT_EQ(tabs->currentIndex(), 1);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("boardMeetingEdit"));
    EXPECT_TRUE(
        child<QLabel>(dialog, "boardDeadline")->text().startsWith(QStringLiteral("Board must meet by 05/11/2024")));
    type(QStringLiteral("21102024"));
    tabTo("boardOutcomeCombo");
    type(QStringLiteral("U")); // "Upheld the exclusion"
    tabTo("boardNoticeEdit");
    type(QStringLiteral("22102024"));
    EXPECT_EQ(child<QLabel>(dialog, "boardDeadline")->text(),
              QStringLiteral("Board had to meet by 05/11/2024 (15 school days from being notified on 08/10/2024): it "
                             "met on 21/10/2024."));
    screenshot(dialog, "permanent-exclusion-board.png");

    // The parent's window for a review opens with the notice (deemed given two working days after it was sent).
    press(Qt::Key_P, Qt::AltModifier);
    ASSERT_EQ(tabs->currentIndex(), 2);
    EXPECT_EQ(child<QLabel>(dialog, "reviewPanelDeadline")->text(),
              QStringLiteral("Parent may apply for a review by 21/11/2024 (15 school days from the notice of the "
                             "board's decision, deemed given on 24/10/2024)."));
    screenshot(dialog, "permanent-exclusion-review-panel.png");
    press(Qt::Key_A, Qt::AltModifier);
    ASSERT_EQ(tabs->currentIndex(), 3);
    screenshot(dialog, "permanent-exclusion-afterwards.png");
    press(Qt::Key_PageUp, Qt::ControlModifier);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    ASSERT_EQ(tabs->currentIndex(), 1);

    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), id);
    QSqlQuery q = row(QStringLiteral("board_meeting_on, board_outcome, board_decision_notice_sent_on, row_version, "
                                     "decision_date, governors_notified_on"));
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-10-21"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("upheld"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2024-10-22"));
    EXPECT_EQ(q.value(3).toInt(), 2);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("2024-10-07")); // the rest is as it was
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("2024-10-08"));
    EXPECT_EQ(reasons(), stored().reasonCodes);
}

TEST_F(PermanentExclusionDialogTest, ProblemsAreShownBesideTheirFieldsAndMarkTheirTab)
{
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    auto* save = child<QPushButton>(dialog, "saveButton");
    auto* tabs = child<QTabWidget>(dialog, "stageTabs");
    type(QStringLiteral("10102024"));
    tabTo("effectiveDateEdit");
    type(QStringLiteral("12102024")); // a Saturday
    auto* effective = child<QLabel>(dialog, "effectiveDateIssue");
    EXPECT_FALSE(effective->isHidden());
    EXPECT_EQ(effective->text(), QStringLiteral("12/10/2024 is a Saturday, not a school day."));
    EXPECT_FALSE(child<QLabel>(dialog, "reasonsIssue")->isHidden()); // no reason yet
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("&Decision (!)"));

    press(Qt::Key_Backtab);
    tabTo("effectiveDateEdit");
    type(QStringLiteral("14032025")); // the school was closed that day
    EXPECT_EQ(effective->text(), QStringLiteral("14/03/2025 is not a school day at this school (Heating failure)."));
    press(Qt::Key_Backtab);
    tabTo("effectiveDateEdit");
    type(QStringLiteral("11102024"));
    tabTo("reason1Combo");
    type(QStringLiteral("DB"));
    EXPECT_TRUE(effective->isHidden());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("&Decision"));

    // A review panel stage after the board reinstated the pupil.
    press(Qt::Key_G, Qt::AltModifier);
    tabTo("boardOutcomeCombo");
    type(QStringLiteral("R")); // "Reinstated the pupil"
    press(Qt::Key_P, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("irpApplicationEdit"));
    type(QStringLiteral("04112024"));
    auto* irp = child<QLabel>(dialog, "irpApplicationIssue");
    EXPECT_FALSE(irp->isHidden());
    EXPECT_TRUE(irp->text().startsWith(QStringLiteral("The board reinstated the pupil, so there is no independent "
                                                      "review")));
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Review &panel (!)"));
    EXPECT_FALSE(save->isEnabled());
    press(Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    press(Qt::Key_Delete); // back to "not recorded"
    EXPECT_TRUE(irp->isHidden());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 0);
}

TEST_F(PermanentExclusionDialogTest, AFailedSaveKeepsTheFormAndSaysWhy)
{
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    type(QStringLiteral("07102024"));
    tabTo("effectiveDateEdit");
    type(QStringLiteral("08102024"));
    tabTo("reason1Combo");
    type(QStringLiteral("PA"));
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON"))); // the database refuses every write
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* error = child<QLabel>(dialog, "saveError");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Not saved: "))) << error->text().toStdString();
    EXPECT_EQ(dialog.exclusion().decisionDate, QDate(2024, 10, 7)); // what was typed is still there
    EXPECT_EQ(dialog.exclusion().reasonCodes, QStringList{QStringLiteral("PA")});
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 0);
}

TEST_F(PermanentExclusionDialogTest, AnEditMadeStaleBySomeoneElseIsNotSaved)
{
    const qint64 id = ExclusionRepository(db()).insertExclusion(stored()).value();
    PermanentExclusionDialog dialog(db(), m_pupil, id);
    show(dialog);
    press(Qt::Key_G, Qt::AltModifier);
    type(QStringLiteral("21102024"));
    ASSERT_TRUE(
        exec(QStringLiteral("UPDATE permanent_exclusions SET row_version = row_version + 1, detail = 'theirs'")));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLabel>(dialog, "saveError")->text(),
              QStringLiteral("Not saved: This record was changed by someone else since you opened it; close the form "
                             "and open it again."));
    EXPECT_EQ(dialog.exclusion().boardMeetingOn, QDate(2024, 10, 21));
    QSqlQuery q = row(QStringLiteral("board_meeting_on, detail, row_version"));
    EXPECT_TRUE(q.value(0).isNull());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("theirs"));
    EXPECT_EQ(q.value(2).toInt(), 2);
}

TEST_F(PermanentExclusionDialogTest, ASecondExclusionThatStillStandsAsksFirst)
{
    ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(stored()).ok());
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    auto* warning = child<QLabel>(dialog, "previousExclusionIssue");
    EXPECT_FALSE(warning->isHidden());
    EXPECT_EQ(warning->text(), QStringLiteral("This pupil already has a permanent exclusion decided on 07/10/2024 that "
                                              "was neither withdrawn nor overturned. Record another one anyway?"));
    type(QStringLiteral("03032025"));
    tabTo("effectiveDateEdit");
    type(QStringLiteral("04032025"));
    tabTo("reason1Combo");
    type(QStringLiteral("DA"));
    EXPECT_TRUE(child<QPushButton>(dialog, "saveButton")->isEnabled()); // a warning never blocks saving

    auto declined = answerNextMessageBox(QMessageBox::No);
    press(Qt::Key_Return);
    EXPECT_TRUE(declined->shown);
    EXPECT_EQ(declined->text, warning->text());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 1);

    QApplication::setActiveWindow(&dialog); // back from the message box
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto accepted = answerNextMessageBox(QMessageBox::Yes);
    press(Qt::Key_Return);
    EXPECT_TRUE(accepted->shown);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 2);
}

TEST_F(PermanentExclusionDialogTest, AReinstatedExclusionIsNoReasonToAsk)
{
    PermanentExclusion reinstated = stored();
    reinstated.boardMeetingOn = QDate(2024, 10, 21);
    reinstated.boardOutcome = QStringLiteral("reinstated");
    ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(reinstated).ok());
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    EXPECT_TRUE(child<QLabel>(dialog, "previousExclusionIssue")->isHidden());
}

TEST_F(PermanentExclusionDialogTest, ARecordThatCannotBeOpenedCannotBeSaved)
{
    PermanentExclusionDialog dialog(db(), m_pupil, 999);
    show(dialog);
    EXPECT_EQ(child<QLabel>(dialog, "saveError")->text(),
              QStringLiteral("Could not open the exclusion: There is no permanent exclusion with id 999."));
    EXPECT_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 0);
}

TEST_F(PermanentExclusionDialogTest, EveryFieldHasAnAltKeyAndAScreenReaderName)
{
    PermanentExclusionDialog dialog(db(), m_pupil);
    show(dialog);
    EXPECT_EQ(unlabelledFields(&dialog), QStringList());
    EXPECT_EQ(clashingMnemonics(&dialog, child<QTabWidget>(dialog, "stageTabs")), QStringList());
}

} // namespace
} // namespace casebook::test
