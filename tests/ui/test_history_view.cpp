#include "HistoryBuilders.h"
#include "PdfText.h"
#include "TempDatabase.h"

#include "forms/PspDialog.h"
#include "forms/SuspensionDialog.h"
#include "history/ChronologyFilterModel.h"
#include "history/HistoryView.h"
#include "history/TimelineWidget.h"
#include "history/YearlyFiguresModel.h"
#include "pupilrecord/ChronologyModel.h"
#include "pupilrecord/PupilRecordView.h"
#include "repositories/ExclusionRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

class HistoryViewTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_h = buildRichHistory(db());
        ASSERT_NE(m_h.ehe, 0);
        m_view = std::make_unique<PupilRecordView>(db(), m_h.pupil);
        m_view->reload(richHistoryAsOf());
        m_view->resize(1366, 700);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        auto* tabs = m_view->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
        m_history = m_view->findChild<HistoryView*>(QStringLiteral("pupilHistory"));
        ASSERT_NE(m_history, nullptr);
        tabs->setCurrentWidget(m_history);
        m_table = m_view->findChild<QTableView*>(QStringLiteral("pupilChronology"));
        ASSERT_NE(m_table, nullptr);
    }

    // The chronology as shown: "dd/mm/yyyy Event" per row.
    QStringList shownRows() const
    {
        QStringList rows;
        const QAbstractItemModel* m = m_table->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            rows << m->index(row, ChronologyModel::Date).data().toString() + QLatin1Char(' ') +
                        m->index(row, ChronologyModel::Event).data().toString();
        }
        return rows;
    }

    void chooseKind(const QString& name)
    {
        auto* kind = m_view->findChild<QComboBox*>(QStringLiteral("chronologyKind"));
        kind->setFocus();
        // The keyboard way: Home, then Down until the name shows.
        QTest::keyClick(kind, Qt::Key_Home);
        for (int i = 0; i < kind->count() && kind->currentText() != name; ++i) {
            QTest::keyClick(kind, Qt::Key_Down);
        }
        ASSERT_EQ(kind->currentText(), name);
    }

    void typeDate(const QString& objectName, const QString& digits)
    {
        auto* edit = m_view->findChild<QDateEdit*>(objectName);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(edit, digits);
    }

    // Runs `check` on the next modal dialog as soon as it opens, then closes it unsaved.
    static void whenModalOpens(std::function<void(QWidget*)> check)
    {
        QTimer::singleShot(0, [check = std::move(check)] {
            QWidget* modal = QApplication::activeModalWidget();
            ASSERT_NE(modal, nullptr);
            check(modal);
            if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                dialog->reject();
            }
        });
    }

    RichHistory m_h;
    std::unique_ptr<PupilRecordView> m_view;
    HistoryView* m_history = nullptr;
    QTableView* m_table = nullptr;
};

TEST_F(HistoryViewTest, HistoryTabShowsTheTimelineFiguresAndSupportTried)
{
    QAbstractItemModelTester tester(m_table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* timeline = m_view->findChild<TimelineWidget*>(QStringLiteral("pupilTimeline"));
    ASSERT_NE(timeline, nullptr);
    EXPECT_TRUE(timeline->isVisible());
    EXPECT_GE(timeline->height(), 170);
    EXPECT_EQ(timeline->timeline().years.size(), 8u);
    EXPECT_EQ(timeline->timeline().suspensions.size(), 5u);
    EXPECT_EQ(timeline->layout().yearLabels.size(), 8u);
    EXPECT_TRUE(timeline->accessibleDescription().startsWith(
        QStringLiteral("Timeline 2018/19 to 2025/26: 3 schools, 5 suspensions (6.5 days)")))
        << timeline->accessibleDescription().toStdString();
    EXPECT_EQ(m_table->model()->rowCount(), 22);
    EXPECT_EQ(shownRows().front(), QStringLiteral("01/12/2025 Elective home education"));
    EXPECT_EQ(m_view->findChild<QLabel*>(QStringLiteral("chronologyCount"))->text(), QStringLiteral("22 events"));

    auto* figures = m_view->findChild<QTableView*>(QStringLiteral("yearlyFigures"));
    ASSERT_NE(figures, nullptr);
    QAbstractItemModelTester figuresTester(figures->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(figures->model()->rowCount(), 8);
    const auto cell = [&](int row, int column) { return figures->model()->index(row, column).data().toString(); };
    EXPECT_EQ(cell(6, YearlyFiguresModel::Year), QStringLiteral("2024/25"));
    EXPECT_EQ(cell(6, YearlyFiguresModel::Suspensions), QStringLiteral("2"));
    EXPECT_EQ(
        cell(6, YearlyFiguresModel::Reasons),
        QStringLiteral(
            "DB Persistent disruptive behaviour (2); VA Verbal abuse or threatening behaviour against an adult (1)"));
    EXPECT_EQ(cell(5, YearlyFiguresModel::Schools), QStringLiteral("Northfield Academy; Southgate High School"));
    EXPECT_EQ(cell(7, YearlyFiguresModel::PermanentExclusions), QStringLiteral("1"));

    auto* support = m_view->findChild<QTextBrowser*>(QStringLiteral("supportTried"));
    ASSERT_NE(support, nullptr);
    const QString text = support->toPlainText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Before the permanent exclusion of 03/11/2025 from Southgate High School")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 gap: 1 of 7 avenues not tried"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("EHC needs assessment\tNot tried before the exclusion")) ||
                text.contains(QStringLiteral("EHC needs assessment\nNot tried before the exclusion")) ||
                text.contains(QStringLiteral("EHC needs assessment Not tried before the exclusion")))
        << text.toStdString();
    // The gap stands out: bold and red.
    const QString html = support->toHtml();
    const int gap = html.indexOf(QStringLiteral("Not tried before the exclusion"));
    ASSERT_GT(gap, 0);
    const QString before = html.mid(gap - 120, 120);
    EXPECT_TRUE(before.contains(QStringLiteral("#b00020"))) << before.toStdString();
    EXPECT_TRUE(before.contains(QStringLiteral("font-weight:700")) ||
                before.contains(QStringLiteral("font-weight:600")))
        << before.toStdString();
    if (const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_view->grab().save(QDir(dir).filePath(QStringLiteral("pupil-history-exclusion.png")));
    }
}

TEST_F(HistoryViewTest, FilterByKindAndDateHidesAndShowsTheRightRows)
{
    chooseKind(QStringLiteral("Suspensions"));
    EXPECT_EQ(shownRows(), (QStringList{
                               QStringLiteral("15/09/2025 Suspension"),
                               QStringLiteral("03/02/2025 Suspension"),
                               QStringLiteral("07/10/2024 Suspension"),
                               QStringLiteral("06/11/2023 Suspension"),
                               QStringLiteral("06/03/2023 Suspension"),
                           }));
    EXPECT_EQ(m_view->findChild<QLabel*>(QStringLiteral("chronologyCount"))->text(), QStringLiteral("5 of 22 events"));

    typeDate(QStringLiteral("chronologyFrom"), QStringLiteral("01092024"));
    EXPECT_EQ(shownRows().size(), 3);
    typeDate(QStringLiteral("chronologyTo"), QStringLiteral("03022025"));
    EXPECT_EQ(shownRows(),
              (QStringList{QStringLiteral("03/02/2025 Suspension"), QStringLiteral("07/10/2024 Suspension")}));

    // Oldest first, chosen by keyboard.
    auto* order = m_view->findChild<QComboBox*>(QStringLiteral("chronologyOrder"));
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    EXPECT_EQ(shownRows(),
              (QStringList{QStringLiteral("07/10/2024 Suspension"), QStringLiteral("03/02/2025 Suspension")}));

    // Every kind in the same dates; the PSP review and the referral share a day and keep their order.
    chooseKind(QStringLiteral("All kinds of event"));
    typeDate(QStringLiteral("chronologyTo"), QStringLiteral("10032025"));
    EXPECT_EQ(shownRows(), (QStringList{
                               QStringLiteral("07/10/2024 Suspension"),
                               QStringLiteral("01/11/2024 Support"),
                               QStringLiteral("03/02/2025 Suspension"),
                               QStringLiteral("10/02/2025 Pastoral support plan"),
                               QStringLiteral("10/03/2025 Inclusion panel referral"),
                               QStringLiteral("10/03/2025 PSP review"),
                           }));
    chooseKind(QStringLiteral("Pastoral support plans"));
    EXPECT_EQ(shownRows(), (QStringList{QStringLiteral("10/02/2025 Pastoral support plan"),
                                        QStringLiteral("10/03/2025 PSP review")}));

    // Delete clears a date: the filter opens up again, and a reload keeps the choices.
    auto* from = m_view->findChild<QDateEdit*>(QStringLiteral("chronologyFrom"));
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Delete, Qt::ControlModifier);
    m_view->reload(richHistoryAsOf());
    EXPECT_EQ(shownRows(), (QStringList{QStringLiteral("10/02/2025 Pastoral support plan"),
                                        QStringLiteral("10/03/2025 PSP review")}));
    chooseKind(QStringLiteral("Home education and missing education"));
    EXPECT_TRUE(shownRows().isEmpty()); // registered in December 2025, after the "up to" date
}

TEST_F(HistoryViewTest, EnterOnARowOpensItsRecord)
{
    // The newest suspension (15/09/2025): its edit form opens on it.
    const int row = shownRows().indexOf(QStringLiteral("15/09/2025 Suspension"));
    ASSERT_GE(row, 0);
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    bool opened = false;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<SuspensionDialog*>(modal);
        ASSERT_NE(dialog, nullptr) << modal->objectName().toStdString();
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Edit a suspension"));
        EXPECT_EQ(dialog->suspension().id, m_h.lastSuspension);
        opened = true;
    });
    QTest::keyClick(m_table, Qt::Key_Return);
    EXPECT_TRUE(opened);

    // A PSP review opens its plan.
    const int review = shownRows().indexOf(QStringLiteral("10/03/2025 PSP review"));
    ASSERT_GE(review, 0);
    m_table->setCurrentIndex(m_table->model()->index(review, 0));
    opened = false;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<PspDialog*>(modal);
        ASSERT_NE(dialog, nullptr) << modal->objectName().toStdString();
        EXPECT_EQ(dialog->psp().id, m_h.psp);
        opened = true;
    });
    QTest::keyClick(m_table, Qt::Key_Enter);
    EXPECT_TRUE(opened);
}

TEST_F(HistoryViewTest, TimelineMarksAreReachedByKeyboardAndOpenTheirRecord)
{
    auto* timeline = m_view->findChild<TimelineWidget*>(QStringLiteral("pupilTimeline"));
    timeline->setFocus();
    ASSERT_TRUE(timeline->hasFocus());
    QTest::keyClick(timeline, Qt::Key_End);
    const printing::TimelineHit* last = timeline->currentHit();
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(last->kind, CaseRecordKind::Registration); // the EHE registration, the latest thing drawn
    // Back along the marks to the exclusion.
    for (int i = 0; i < 10 && timeline->currentHit()->kind != CaseRecordKind::Exclusion; ++i) {
        QTest::keyClick(timeline, Qt::Key_Left);
    }
    ASSERT_EQ(timeline->currentHit()->kind, CaseRecordKind::Exclusion);
    EXPECT_EQ(timeline->currentHit()->text,
              QStringLiteral("03/11/2025: permanent exclusion from Southgate High School (PA), upheld"));
    bool opened = false;
    whenModalOpens([&](QWidget* modal) {
        EXPECT_EQ(modal->objectName(), QStringLiteral("permanentExclusionDialog"));
        opened = true;
    });
    QTest::keyClick(timeline, Qt::Key_Return);
    EXPECT_TRUE(opened);

    // Tab goes on from the timeline to the filter.
    QApplication::setActiveWindow(m_view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Tab);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("chronologyKind"));
}

TEST_F(HistoryViewTest, RefreshesWhenRecordsChange)
{
    ASSERT_TRUE(ExclusionRepository(db()).loadSuspension(m_h.lastSuspension));
    Suspension s;
    s.pupilId = m_h.pupil;
    s.schoolId = m_h.southgate;
    s.firstDay = s.decisionDate = QDate(2025, 10, 6);
    s.sessions = 6;
    s.reasonCodes = {QStringLiteral("PP")};
    ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(s));
    m_view->reload(richHistoryAsOf());
    auto* timeline = m_view->findChild<TimelineWidget*>(QStringLiteral("pupilTimeline"));
    EXPECT_EQ(timeline->timeline().suspensions.size(), 6u);
    EXPECT_EQ(m_table->model()->rowCount(), 23);
    auto* figures = m_view->findChild<QTableView*>(QStringLiteral("yearlyFigures"));
    EXPECT_EQ(figures->model()->index(7, YearlyFiguresModel::Suspensions).data().toString(), QStringLiteral("2"));
}

TEST_F(HistoryViewTest, ExportsTheHistoryAsAPdfMarkedOfficialSensitive)
{
    auto* action = m_view->findChild<QAction*>(QStringLiteral("exportHistoryAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.pdf"));
    ASSERT_TRUE(m_view->exportHistory(path));
    const QString text = PdfText::simplified(PdfText::text(path));
    EXPECT_TRUE(text.startsWith(QStringLiteral("OFFICIAL-SENSITIVE"))) << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("BLOGGS, Jo")));
    EXPECT_TRUE(text.contains(QStringLiteral("Timeline")));
    EXPECT_TRUE(text.contains(QStringLiteral("Key figures per academic year")));
    EXPECT_TRUE(text.contains(QStringLiteral("Not tried before the exclusion")));
    auto* message = m_view->findChild<QLabel*>(QStringLiteral("recordMessage"));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("History saved to"))) << message->text().toStdString();

    // A folder that does not exist: said plainly, nothing written.
    const QString nowhere = dir.filePath(QStringLiteral("no such folder/history.pdf"));
    EXPECT_FALSE(m_view->exportHistory(nowhere));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("The history was not exported:")))
        << message->text().toStdString();
}

} // namespace
} // namespace casebook::test
