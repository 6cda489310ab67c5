#include "Builders.h"
#include "TempDatabase.h"

#include "forms/SuspensionDialog.h"
#include "pupilrecord/PupilRecordView.h"
#include "pupilrecord/RecordForms.h"
#include "pupilrecord/RecordListModel.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

class PupilRecordTest : public DatabaseTest
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
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO pupil_characteristics (pupil_id, kind, value, valid_from) VALUES "
                                        "(%1, 'sen', 'K', '2023-09-01')")
                             .arg(m_pupil)));
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = s.decisionDate = QDate(2024, 10, 8);
        s.sessions = 4;
        s.reasonCodes = {QStringLiteral("DB")};
        m_suspension = ExclusionRepository(db()).insertSuspension(s).value();
    }

    // Runs `fill` on the next modal dialog as soon as it opens.
    static void whenModalOpens(std::function<void(QWidget*)> fill)
    {
        QTimer::singleShot(0, [fill = std::move(fill)] {
            QWidget* modal = QApplication::activeModalWidget();
            ASSERT_NE(modal, nullptr);
            fill(modal);
        });
    }

    int voided()
    {
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM suspensions WHERE voided_at IS NOT NULL")));
        return q.next() ? q.value(0).toInt() : -1;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
    qint64 m_suspension = 0;
};

TEST_F(PupilRecordTest, HeaderShowsFlagsSchoolAndPlansAndTabsListEachKind)
{
    PupilRecordView view(db(), m_pupil);
    view.resize(1100, 650);
    view.reload(QDate(2024, 10, 14));
    const QString identity = view.findChild<QLabel*>(QStringLiteral("pupilIdentity"))->text();
    EXPECT_TRUE(identity.contains(QStringLiteral("SEN support"))) << identity.toStdString();
    EXPECT_TRUE(identity.contains(QStringLiteral("Northfield"))) << identity.toStdString();
    const QString figures = view.findChild<QLabel*>(QStringLiteral("pupilKeyFigures"))->text();
    EXPECT_TRUE(figures.contains(QStringLiteral("No open PSP"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("No PIP referral"))) << figures.toStdString();

    auto* list = view.findChild<QTableView*>(QStringLiteral("suspensionsList"));
    ASSERT_NE(list, nullptr);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("08/10/2024"));
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("2"));
    for (const char* name : {"exclusionsList", "pspsList", "referralsList", "supportList", "placementsList",
                             "schoolsList", "contactsList", "notesList"}) {
        EXPECT_NE(view.findChild<QTableView*>(QString::fromLatin1(name)), nullptr) << name;
    }
    EXPECT_EQ(view.findChild<QTableView*>(QStringLiteral("schoolsList"))->model()->rowCount(), 1);

    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        view.findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentWidget(list);
        view.grab().save(QDir(dir).filePath(QStringLiteral("pupil-record-suspensions.png")));
    }
}

TEST_F(PupilRecordTest, VoidingAsksWhyAndCanBeUndoneAndRedoneByKeyboard)
{
    PupilRecordView view(db(), m_pupil);
    view.show();
    QApplication::setActiveWindow(&view); // shortcuts go to the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("recordTabs"));
    auto* list = view.findChild<QTableView*>(QStringLiteral("suspensionsList"));
    tabs->setCurrentWidget(list);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));

    whenModalOpens([](QWidget* modal) {
        auto* input = qobject_cast<QInputDialog*>(modal);
        ASSERT_NE(input, nullptr);
        QTest::keyClicks(input->findChild<QLineEdit*>(), QStringLiteral("Entered on the wrong pupil"));
        QTest::keyClick(input, Qt::Key_Return);
    });
    QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_EQ(voided(), 1);
    EXPECT_TRUE(list->model()->index(0, 0).data(RecordListModel::VoidedRole).toBool());
    EXPECT_EQ(list->model()->index(0, list->model()->columnCount() - 1).data().toString(),
              QStringLiteral("Void: Entered on the wrong pupil"));
    EXPECT_EQ(view.undoStack()->undoText(), QStringLiteral("void the suspension"));

    QApplication::setActiveWindow(&view); // the offscreen platform does not give focus back after a dialog
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(voided(), 0);
    EXPECT_FALSE(list->model()->index(0, 0).data(RecordListModel::VoidedRole).toBool());
    QTest::keyClick(list, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(voided(), 1);
}

TEST_F(PupilRecordTest, ASuspensionAddedFromTheRecordIsUndoneWholeAndAColleaguesChangeBlocksUndo)
{
    PupilRecordView view(db(), m_pupil);
    view.show();
    QApplication::setActiveWindow(&view); // shortcuts go to the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    whenModalOpens([](QWidget* modal) {
        auto* dialog = qobject_cast<SuspensionDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QDateEdit*>(QStringLiteral("firstDayEdit"))->setDate(QDate(2024, 11, 12));
        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reason1Combo"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("PA"));
        // Suspended again with no PSP: the form asks for confirmation, and the officer says yes.
        whenModalOpens([](QWidget* question) {
            auto* box = qobject_cast<QMessageBox*>(question);
            ASSERT_NE(box, nullptr);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(&view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(count(QStringLiteral("suspensions")), 2);
    EXPECT_EQ(view.undoStack()->undoText(), QStringLiteral("record a suspension"));

    view.undoStack()->undo();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 1);
    EXPECT_EQ(count(QStringLiteral("suspension_reasons")), 1);
    view.undoStack()->redo();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 2);

    // A colleague edits the new suspension: undo is refused, says why, and changes nothing.
    ASSERT_TRUE(exec(QStringLiteral("UPDATE suspensions SET detail = 'colleague' WHERE first_day = '2024-11-12'")));
    view.undoStack()->undo();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 2);
    auto* message = view.findChild<QLabel*>(QStringLiteral("recordMessage"));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Could not undo:"))) << message->text().toStdString();
    EXPECT_FALSE(view.undoStack()->canUndo()); // the refused step is dropped
}

// Every entry of the Add menu opens its own form by its shortcut; Esc leaves the database untouched.
TEST_F(PupilRecordTest, EveryAddShortcutOpensItsFormAndEscCancels)
{
    PupilRecordView view(db(), m_pupil);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    const std::vector<std::pair<CaseRecordKind, const char*>> expected{
        {CaseRecordKind::Suspension, "casebook::SuspensionDialog"},
        {CaseRecordKind::Exclusion, "casebook::PermanentExclusionDialog"},
        {CaseRecordKind::Psp, "casebook::PspDialog"},
        {CaseRecordKind::PipReferral, "casebook::PipReferralDialog"},
        {CaseRecordKind::Support, "casebook::SupportDialog"},
        {CaseRecordKind::Placement, "casebook::PlacementDialog"},
        {CaseRecordKind::ApPlacement, "casebook::ApPlacementDialog"},
        {CaseRecordKind::Registration, "casebook::EheCmeDialog"},
        {CaseRecordKind::Enrolment, "casebook::EnrolmentDialog"},
        {CaseRecordKind::Contact, "casebook::ContactDialog"},
        {CaseRecordKind::CaseNote, "casebook::CaseNoteDialog"},
    };
    ASSERT_EQ(addableRecordForms().size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const RecordFormInfo& info = addableRecordForms()[i];
        SCOPED_TRACE(caseRecordKindId(info.kind).toStdString());
        EXPECT_EQ(info.kind, expected[i].first);
        QString opened;
        whenModalOpens([&opened](QWidget* modal) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QApplication::setActiveWindow(&view);
        view.setFocus();
        QTest::keySequence(&view, info.shortcut);
        EXPECT_EQ(opened, QString::fromLatin1(expected[i].second));
    }
    EXPECT_FALSE(view.undoStack()->canUndo()); // nothing was saved
    EXPECT_EQ(count(QStringLiteral("suspensions")), 1);
}

} // namespace
} // namespace casebook::test
