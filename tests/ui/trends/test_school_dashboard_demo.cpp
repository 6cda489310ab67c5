#include "DemoFixture.h"

#include "analytics/SchoolDashboardQuery.h"
#include "trends/charts/ChartPanel.h"
#include "trends/la/LaDashboardView.h"
#include "trends/la/LaRankingModel.h"
#include "trends/school/SchoolDashboardView.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>

#include <iostream>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The school with the most suspensions in the latest academic year with term dates.
qint64 busiestSchool(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT s.school_id FROM suspensions s JOIN term_dates t ON s.first_day BETWEEN "
                               "t.first_day AND t.last_day WHERE t.academic_year = (SELECT max(academic_year) FROM "
                               "term_dates) AND s.voided_at IS NULL GROUP BY s.school_id ORDER BY count(*) DESC, "
                               "s.school_id LIMIT 1")) ||
        !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

// The dashboard on demo data at 1366x768: every panel keeps room for its chart. With CASEBOOK_SCREENSHOT_DIR set,
// the view is saved as school-dashboard-1366x768.png (or -hidpi.png when run with QT_SCALE_FACTOR=2); with
// CASEBOOK_SCREENSHOT_DB naming a demo database (medium or typical preset), a copy of it is used instead of
// the small preset so the pictures show realistic figures.
void openDemo(demo::test::FilledDatabase& filled)
{
    const QString source = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DB");
    if (source.isEmpty()) {
        QString error;
        ASSERT_TRUE(filled.fill(demo::test::smallConfig(), &error)) << error.toStdString();
    } else {
        const QString copy = filled.dir.filePath(QStringLiteral("copy.sqlite"));
        ASSERT_TRUE(QFile::copy(source, copy));
        auto opened = Database::open(copy);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        filled.db = std::move(opened).value();
    }
}

void saveScreenshot(QWidget& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const bool hidpi = view.devicePixelRatioF() > 1.0;
        view.grab().save(
            QDir(dir).filePath(name + (hidpi ? QStringLiteral("-hidpi.png") : QStringLiteral("-1366x768.png"))));
    }
}

TEST(SchoolDashboardOnDemoData, FitsAndIsLegibleAt1366x768)
{
    demo::test::FilledDatabase filled;
    ASSERT_NO_FATAL_FAILURE(openDemo(filled));
    const qint64 school = busiestSchool(filled.sql());
    ASSERT_NE(school, 0);

    QElapsedTimer queryTimer;
    queryTimer.start();
    auto loaded = loadSchoolDashboard(*filled.db, {school, {}, {}, Granularity::Term});
    const qint64 queryMs = queryTimer.elapsed();
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    std::cout << "SchoolDashboardQuery for school " << school << " (" << loaded->schoolName.toStdString()
              << "): " << queryMs << " ms" << std::endl;

    SchoolDashboardView view(*filled.db);
    view.resize(1366, 768);
    view.show();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy compared(&view, &SchoolDashboardView::laComparisonLoaded);
    view.showSchool(school);
    std::cout << "school dashboard shown in " << timer.elapsed() << " ms" << std::endl;
    ASSERT_TRUE(view.dashboard().has_value());
    ASSERT_TRUE(!view.laComparisonPending() || compared.wait(60000));
    QApplication::processEvents();

    for (const char* name : {"suspensionTrend", "exclusionTrend", "reasons", "characteristics", "yearGroups"}) {
        charts::ChartPanel* panel = view.panel(QString::fromLatin1(name));
        ASSERT_NE(panel, nullptr) << name;
        EXPECT_GE(panel->chartView()->height(), 180) << name;
        EXPECT_GE(panel->chart()->plotArea().width(), 200) << name;
        EXPECT_GE(panel->chart()->plotArea().height(), 80) << name;
        EXPECT_GT(panel->model()->rowCount(), 0) << name;
    }

    saveScreenshot(view, QStringLiteral("school-dashboard"));
}

// The LA dashboard on demo data at 1366x768: every school ranked, the sparkline column wide enough to read,
// the LA trend drawn. Saved as la-dashboard-1366x768.png (or -hidpi.png) with CASEBOOK_SCREENSHOT_DIR set.
TEST(LaDashboardOnDemoData, FitsAndIsLegibleAt1366x768)
{
    demo::test::FilledDatabase filled;
    ASSERT_NO_FATAL_FAILURE(openDemo(filled));
    LaDashboardView view(*filled.db);
    view.resize(1366, 768);
    view.show();
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(view.refresh());
    std::cout << "LA dashboard shown in " << timer.elapsed() << " ms" << std::endl;
    QApplication::processEvents();
    EXPECT_GT(view.table()->model()->rowCount(), 0);
    EXPECT_GE(view.table()->columnWidth(LaRankingModel::Trend), 80);
    auto* trend = view.findChild<charts::ChartPanel*>(QStringLiteral("laTrendPanel"));
    ASSERT_NE(trend, nullptr);
    EXPECT_GE(trend->chart()->plotArea().width(), 200);
    EXPECT_GT(trend->model()->rowCount(), 0);
    saveScreenshot(view, QStringLiteral("la-dashboard"));
}

} // namespace
} // namespace casebook::test
