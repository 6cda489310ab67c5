#include "EventProbes.h"
#include "Measurements.h"

#include "analytics/AnalyticsCache.h"
#include "trends/charts/ChartPanel.h"
#include "trends/la/LaDashboardView.h"
#include "trends/school/SchoolDashboardView.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QTableView>

#include <memory>

namespace casebook::uibench {

namespace {

constexpr QSize kScreen(1366, 768);

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Opens an LA dashboard for the year through `cache`; the time to the data in the table, then to the paint.
std::pair<double, double> openLa(Database& db, AnalyticsCache* cache, const QString& academicYear)
{
    QElapsedTimer timer;
    timer.start();
    auto view = std::make_unique<LaDashboardView>(db);
    view->setAnalyticsCache(cache);
    view->setAcademicYear(academicYear);
    const bool loaded = view->refresh();
    const double opened = loaded && !view->data().schools.empty() ? elapsedMs(timer) : -1.0;
    view->resize(kScreen);
    PaintWatcher painted(view->table()->viewport());
    view->show();
    return {opened, painted.waitForPaint() ? elapsedMs(timer) : -1.0};
}

std::pair<double, double> openSchool(Database& db, AnalyticsCache* cache, qint64 schoolId)
{
    QElapsedTimer timer;
    timer.start();
    auto view = std::make_unique<SchoolDashboardView>(db);
    view->setAnalyticsCache(cache);
    view->showSchool(schoolId);
    const double opened = view->dashboard().has_value() ? elapsedMs(timer) : -1.0;
    view->resize(kScreen);
    PaintWatcher painted(view->panel(QStringLiteral("suspensionTrend"))->chartView()->viewport());
    view->show();
    return {opened, painted.waitForPaint() ? elapsedMs(timer) : -1.0};
}

} // namespace

std::vector<Row> measureTrendDashboards(Database& db, const QString& academicYear, qint64 schoolId,
                                        const QString& school, int runs)
{
    std::vector<double> laCold, laColdPaint, laWarm, laWarmPaint, schoolCold, schoolColdPaint, schoolWarm,
        schoolWarmPaint, schoolAgain, schoolAgainPaint;
    for (int run = 0; run < runs; ++run) {
        // Cold: a new cache, as on the first opening after a change to the data.
        AnalyticsCache cold(db);
        auto [la, laPaint] = openLa(db, &cold, academicYear);
        laCold.push_back(la);
        laColdPaint.push_back(laPaint);
        // Warm: the LA figures are in the cache (the Trends tab shows the LA page first).
        auto [laAgain, laAgainPaint] = openLa(db, &cold, academicYear);
        laWarm.push_back(laAgain);
        laWarmPaint.push_back(laAgainPaint);
        auto [sc, scPaint] = openSchool(db, &cold, schoolId);
        schoolWarm.push_back(sc);
        schoolWarmPaint.push_back(scPaint);
        // Again: every LA-wide figure it needs is cached by the first opening (as for every later school).
        auto [scAgain, scAgainPaint] = openSchool(db, &cold, schoolId);
        schoolAgain.push_back(scAgain);
        schoolAgainPaint.push_back(scAgainPaint);
        AnalyticsCache none(db);
        auto [scCold, scColdPaint] = openSchool(db, &none, schoolId);
        schoolCold.push_back(scCold);
        schoolColdPaint.push_back(scColdPaint);
    }
    const auto row = [](QString name, QString goal, double goalMs, const std::vector<double>& ms,
                        const std::vector<double>& paint) {
        Row r{std::move(name), std::move(goal), goalMs};
        r.casebookMs = median(ms);
        r.paintedMs = median(paint);
        return r;
    };
    return {
        row(QStringLiteral("open the LA dashboard for %1, first time (cache empty)").arg(academicYear),
            QStringLiteral("< 300 ms"), 300, laCold, laColdPaint),
        row(QStringLiteral("open the LA dashboard for %1 again (LA figures cached)").arg(academicYear),
            QStringLiteral("< 300 ms"), 300, laWarm, laWarmPaint),
        row(QStringLiteral("open the school dashboard of %1 after the LA page (LA figures cached)").arg(school),
            QStringLiteral("< 100 ms"), 100, schoolWarm, schoolWarmPaint),
        row(QStringLiteral("open the school dashboard of %1 again (every LA-wide figure cached)").arg(school),
            QStringLiteral("< 100 ms"), 100, schoolAgain, schoolAgainPaint),
        row(QStringLiteral("open the school dashboard of %1 first (cache empty)").arg(school), QStringLiteral("-"), 0,
            schoolCold, schoolColdPaint),
    };
}

} // namespace casebook::uibench
