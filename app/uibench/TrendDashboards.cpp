#include "EventProbes.h"
#include "Measurements.h"

#include "analytics/AnalyticsCache.h"
#include "common/BackgroundPool.h"
#include "trends/TrendsView.h"
#include "trends/charts/ChartPanel.h"
#include "trends/la/LaDashboardView.h"
#include "trends/school/SchoolDashboardView.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QTableView>

#include <array>
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

// The officer's path: the Trends tab opens on the LA page; a few seconds later a school is opened from it.
// Returns the times to the LA page shown and painted, and to the school page shown and painted.
std::array<double, 4> throughTrendsTab(Database& db, qint64 schoolId)
{
    std::array<double, 4> ms{-1.0, -1.0, -1.0, -1.0};
    backgroundPool().waitForDone(); // no earlier measurement's worker competes for the cores
    QElapsedTimer timer;
    timer.start();
    auto trends = std::make_unique<TrendsView>(db);
    trends->resize(kScreen);
    trends->activate();
    if (trends->laDashboard()->data().schools.empty()) {
        return ms;
    }
    ms[0] = elapsedMs(timer);
    {
        PaintWatcher painted(trends->laDashboard()->table()->viewport());
        trends->show();
        ms[1] = painted.waitForPaint() ? elapsedMs(timer) : -1.0;
    }
    // The officer reads the ranking while the LA-wide figures for a school's page are prefetched.
    // (Two seconds of reading, then as long as the prefetch takes.)
    processEventsUntil([] { return false; }, 2000, true);
    processEventsUntil([&] { return !trends->schoolDashboard()->computingLaComparison(); }, 60000, true);
    SchoolDashboardView* school = trends->schoolDashboard();
    timer.restart();
    trends->showSchool(schoolId);
    if (!school->dashboard().has_value()) {
        return ms;
    }
    ms[2] = elapsedMs(timer);
    PaintWatcher painted(school->panel(QStringLiteral("suspensionTrend"))->chartView()->viewport());
    ms[3] = painted.waitForPaint() ? elapsedMs(timer) : -1.0;
    ms[2] = school->laComparisonPending() ? -1.0 : ms[2]; // must not be waiting for the LA comparison
    return ms;
}

} // namespace

std::vector<Row> measureTrendDashboards(Database& db, const QString& academicYear, qint64 schoolId,
                                        const QString& school, int runs)
{
    std::vector<double> laCold, laColdPaint, laWarm, laWarmPaint, schoolCold, schoolColdPaint, schoolWarm,
        schoolWarmPaint, schoolAgain, schoolAgainPaint, tabLa, tabLaPaint, tabSchool, tabSchoolPaint;
    for (int run = 0; run < runs; ++run) {
        const auto tab = throughTrendsTab(db, schoolId);
        tabLa.push_back(tab[0]);
        tabLaPaint.push_back(tab[1]);
        tabSchool.push_back(tab[2]);
        tabSchoolPaint.push_back(tab[3]);
        // Cold: a new cache, as on the first opening after a change to the data.
        backgroundPool().waitForDone();
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
        backgroundPool().waitForDone();
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
        row(QStringLiteral("Trends tab: the LA page for the current year, first opening"), QStringLiteral("< 300 ms"),
            300, tabLa, tabLaPaint),
        row(QStringLiteral("Trends tab: then the school dashboard of %1 (Enter on its row)").arg(school),
            QStringLiteral("< 100 ms"), 100, tabSchool, tabSchoolPaint),
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
