#include "DemoFixture.h"

#include "mainwindow/MainWindow.h"

#include <QDir>
#include <QLineEdit>
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
    QTest::keyClicks(edit, QStringLiteral("ba"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 5, 2000);
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

} // namespace
} // namespace casebook::test
