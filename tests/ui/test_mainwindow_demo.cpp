#include "DemoFixture.h"

#include "mainwindow/MainWindow.h"
#include "pupilrecord/PupilRecordView.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The main window on the small demo preset: the title says it is demo data, and a two-letter search fills
// the list with pupils and their current schools.
TEST(MainWindowOnDemoData, TitleAndSearchShowTheDemo)
{
    demo::test::FilledDatabase filled;
    QString error;
    ASSERT_TRUE(filled.fill(demo::test::smallConfig(), &error)) << error.toStdString();
    MainWindow window(*filled.db);
    window.resize(1100, 640);
    window.show();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("DEMO DATA")));
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("pupilSearchEdit"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("pupilResults"));
    ASSERT_NE(edit, nullptr);
    // The models are checked against Qt's model rules while they are filled and refilled (a breach aborts).
    QAbstractItemModelTester searchTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* schools = window.findChild<QTableView*>(QStringLiteral("schoolList"));
    ASSERT_NE(schools, nullptr);
    QAbstractItemModelTester schoolTester(schools->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* schoolFilter = window.findChild<QLineEdit*>(QStringLiteral("schoolFilterEdit"));
    QTest::keyClicks(schoolFilter, QStringLiteral("High"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return schools->model()->rowCount() > 0; }, 2000));
    QTest::keyClicks(edit, QStringLiteral("ba"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 5; }, 2000));
    const QString first = table->model()->index(0, 0).data().toString();
    EXPECT_TRUE(first.startsWith(QStringLiteral("BA"))) << first.toStdString();
    int withSchool = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        withSchool += table->model()->index(row, 3).data().toString().startsWith(QLatin1Char('(')) ? 0 : 1;
    }
    EXPECT_GT(withSchool, 0);
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window.grab().save(QDir(dir).filePath(QStringLiteral("main-window-demo.png")));
    }
}

// The busiest demo pupil's record: every tab lists that pupil's rows, and the placements tab gathers kinds.
TEST(MainWindowOnDemoData, TheBusiestPupilsRecordFillsItsTabs)
{
    demo::test::FilledDatabase filled;
    QString error;
    ASSERT_TRUE(filled.fill(demo::test::smallConfig(), &error)) << error.toStdString();
    QSqlQuery q(filled.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT pupil_id FROM suspensions GROUP BY pupil_id ORDER BY count(*) DESC, "
                                      "pupil_id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const qint64 pupil = q.value(0).toLongLong();
    MainWindow window(*filled.db);
    window.resize(1200, 700);
    window.show();
    window.openPupil(pupil);
    auto* record = window.findChild<PupilRecordView*>();
    ASSERT_NE(record, nullptr);
    auto* suspensions = record->findChild<QTableView*>(QStringLiteral("suspensionsList"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM suspensions WHERE pupil_id = %1").arg(pupil)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(suspensions->model()->rowCount(), q.value(0).toInt());
    EXPECT_GT(record->findChild<QTableView*>(QStringLiteral("schoolsList"))->model()->rowCount(), 0);
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        auto* tabs = record->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
        tabs->setCurrentWidget(record->findChild<QWidget*>(QStringLiteral("pupilHistory")));
        window.grab().save(QDir(dir).filePath(QStringLiteral("pupil-record-demo.png")));
        tabs->setCurrentWidget(suspensions);
        window.grab().save(QDir(dir).filePath(QStringLiteral("pupil-record-demo-suspensions.png")));
    }
}

} // namespace
} // namespace casebook::test
