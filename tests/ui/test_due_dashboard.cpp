#include "Builders.h"
#include "TempDatabase.h"

#include "dashboard/DueDashboardView.h"
#include "dashboard/DueDeadlinesModel.h"
#include "mainwindow/MainWindow.h"
#include "pupilrecord/ChronologyModel.h"
#include "pupilrecord/PupilRecordView.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/CalendarImport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// One suspension across half term (sixth day 07/11/2024, LA not told) and one permanent exclusion
// (board due 05/02/2025, LA provision from 23/01/2025), on the 2024/25 calendar.
class DueDashboardTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        SchoolRepository schools(db());
        const qint64 north = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        ASSERT_TRUE(loadFixtureTermDates(db()));
        PupilRepository pupils(db());
        m_jo = pupils
                   .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                     makeUpn(938, 4001, 11, 1)))
                   .value();
        m_sam = pupils
                    .insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Carter"), QDate(2010, 2, 9),
                                      makeUpn(938, 4001, 10, 2)))
                    .value();
        Suspension s;
        s.pupilId = m_jo;
        s.schoolId = north;
        s.firstDay = QDate(2024, 10, 24);
        s.sessions = 12;
        s.decisionDate = QDate(2024, 10, 23);
        s.reasonCodes = {QStringLiteral("DB")};
        s.parentNotifiedOn = s.governorsNotifiedOn = QDate(2024, 10, 23);
        ASSERT_TRUE(ExclusionRepository(db()).insertSuspension(s).ok());
        PermanentExclusion x;
        x.pupilId = m_sam;
        x.schoolId = north;
        x.decisionDate = QDate(2025, 1, 15);
        x.effectiveDate = QDate(2025, 1, 16);
        x.reasonCodes = {QStringLiteral("PA")};
        x.parentNotifiedOn = x.governorsNotifiedOn = x.laNotifiedOn = QDate(2025, 1, 15);
        ASSERT_TRUE(ExclusionRepository(db()).insertExclusion(x).ok());
    }

    static void saveShot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w.grab().save(QDir(dir).filePath(name));
        }
    }

    qint64 m_jo = 0;
    qint64 m_sam = 0;
};

TEST_F(DueDashboardTest, ListsDeadlinesByDueDateAndFiltersOverdue)
{
    DueDashboardView view(db());
    auto* table = view.findChild<QTableView*>(QStringLiteral("dueDeadlines"));
    ASSERT_NE(table, nullptr);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(&view, &DueDashboardView::refreshed);
    view.refresh(QDate(2025, 1, 20));
    EXPECT_TRUE(view.isRefreshing()); // computed on a worker thread
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_FALSE(view.isRefreshing());
    const QAbstractItemModel* m = table->model();
    ASSERT_GE(m->rowCount(), 3);
    // Sorted by due date: the suspension's LA notification (23/10/2024) comes first.
    EXPECT_EQ(m->index(0, DueDeadlinesModel::Due).data().toString(), QStringLiteral("23/10/2024"));
    EXPECT_EQ(m->index(0, DueDeadlinesModel::Status).data().toString(), QStringLiteral("Overdue"));
    bool board = false;
    bool provision = false;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString due = m->index(row, DueDeadlinesModel::Due).data().toString();
        const QString who = m->index(row, DueDeadlinesModel::OwedBy).data().toString();
        board = board || (due == QLatin1String("05/02/2025") && who == QLatin1String("governing board"));
        provision = provision || (due == QLatin1String("23/01/2025") && who == QLatin1String("LA"));
    }
    EXPECT_TRUE(board);
    EXPECT_TRUE(provision);
    // The officer sorts by pupil, then back to due date.
    table->horizontalHeader()->setSortIndicator(DueDeadlinesModel::Pupil, Qt::DescendingOrder);
    for (int row = 1; row < m->rowCount(); ++row) {
        EXPECT_GE(m->index(row - 1, DueDeadlinesModel::Pupil).data().toString(),
                  m->index(row, DueDeadlinesModel::Pupil).data().toString());
    }
    table->horizontalHeader()->setSortIndicator(DueDeadlinesModel::Due, Qt::AscendingOrder);
    EXPECT_EQ(m->index(0, DueDeadlinesModel::Due).data().toString(), QStringLiteral("23/10/2024"));
    const int all = m->rowCount();
    view.findChild<QCheckBox*>(QStringLiteral("overdueOnlyCheck"))->setChecked(true);
    EXPECT_LT(m->rowCount(), all);
    for (int row = 0; row < m->rowCount(); ++row) {
        EXPECT_EQ(m->index(row, DueDeadlinesModel::Status).data().toString(), QStringLiteral("Overdue"));
    }
}

TEST_F(DueDashboardTest, EnterOnARowOpensThePupilRecordWithKeyFigures)
{
    MainWindow window(db());
    window.resize(1200, 700);
    window.show();
    auto* due = window.findChild<DueDashboardView*>();
    ASSERT_NE(due, nullptr);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(due); // computes for today on first show; then ask for the day under test
    QSignalSpy refreshed(due, &DueDashboardView::refreshed);
    due->refresh(QDate(2024, 11, 4)); // supersedes the refresh for today still running
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_EQ(refreshed.count(), 1);
    auto* table = due->findChild<QTableView*>(QStringLiteral("dueDeadlines"));
    ASSERT_GT(table->model()->rowCount(), 0);
    saveShot(window, QStringLiteral("due-and-overdue.png"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QSignalSpy activated(due, &DueDashboardView::pupilActivated);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    auto* record = qobject_cast<PupilRecordView*>(tabs->currentWidget());
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->pupilId(), m_jo);
    record->reload(QDate(2024, 11, 4));
    const QString figures = record->findChild<QLabel*>(QStringLiteral("pupilKeyFigures"))->text();
    EXPECT_TRUE(figures.contains(QStringLiteral("<b>6 of 45</b>"))) << figures.toStdString();
    auto* chronology = record->findChild<QTableView*>(QStringLiteral("pupilChronology"));
    QAbstractItemModelTester tester(chronology->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(chronology->model()->rowCount(), 1);
    EXPECT_EQ(chronology->model()->index(0, ChronologyModel::Event).data().toString(), QStringLiteral("Suspension"));
    EXPECT_EQ(chronology->model()->index(0, ChronologyModel::Detail).data().toString(),
              QStringLiteral("6 days; Persistent disruptive behaviour (DB)"));
    saveShot(window, QStringLiteral("pupil-record.png"));

    // Opening the same pupil again reuses the tab; Ctrl+W closes it.
    const int tabCount = tabs->count();
    window.openPupil(m_jo);
    EXPECT_EQ(tabs->count(), tabCount);
    QApplication::setActiveWindow(&window); // shortcuts need an active window, also offscreen
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    static_cast<void>(QTest::qWaitFor([&] { return tabs->count() == tabCount - 1; }, 2000));
    ASSERT_EQ(tabs->count(), tabCount - 1);
}

} // namespace
} // namespace casebook::test
