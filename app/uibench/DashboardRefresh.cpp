#include "EventProbes.h"
#include "Measurements.h"

#include "dashboard/DueDashboardView.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>

namespace casebook::uibench {

namespace {

constexpr int kRefreshTimeoutMs = 120000;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

std::vector<Row> measureDashboard(Database& db, int runs)
{
    DueDashboardView view(db);
    view.resize(1100, 750);
    auto* table = view.findChild<QTableView*>(QStringLiteral("dueDeadlines"));
    const auto* status = view.findChild<QLabel*>(QStringLiteral("dueDeadlinesStatus"));
    PaintWatcher painted(table->viewport());
    view.show();
    painted.waitForPaint();

    StallMeter meter;
    QElapsedTimer timer;
    double refreshedMs = -1.0;
    QObject::connect(&view, &DueDashboardView::refreshed, &view, [&] {
        refreshedMs = elapsedMs(timer);
        painted.reset(); // only paints of the new rows count
    });

    std::vector<double> wallMs;
    std::vector<double> wallPaintMs;
    std::vector<double> stallMs;
    std::vector<double> stallPaintMs;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        refreshedMs = -1.0;
        meter.start();
        timer.start();
        view.refresh();
        const bool done = processEventsUntil([&] { return refreshedMs >= 0; }, kRefreshTimeoutMs, false);
        meter.waitForTick(); // closes the gap the rows' arrival made, if it is still open
        const bool ok = done && !status->text().startsWith(QStringLiteral("Could not compute"));
        wallMs.push_back(ok ? refreshedMs : -1.0);
        stallMs.push_back(ok ? meter.longestGapMs() : -1.0);

        const bool drawn = processEventsUntil([&] { return painted.paints() > 0; }, 5000, false);
        wallPaintMs.push_back(drawn ? elapsedMs(timer) : -1.0);
        meter.waitForTick();
        stallPaintMs.push_back(drawn ? meter.longestGapMs() : -1.0);
        meter.stop();
        shown = table->model()->rowCount();
    }

    std::vector<Row> rows;
    Row wall{QStringLiteral("'Due and overdue' refresh, %1 rows (worker thread)").arg(shown),
             QStringLiteral("< 2000 ms"), 2000};
    wall.casebookMs = median(wallMs);
    wall.paintedMs = median(wallPaintMs);
    rows.push_back(wall);
    Row stall{QStringLiteral("longest the UI thread was blocked during that refresh"), QStringLiteral("< 50 ms"), 50};
    stall.casebookMs = median(stallMs);
    stall.paintedMs = median(stallPaintMs);
    stall.note = QStringLiteral("(largest gap between 1 ms timer ticks)");
    rows.push_back(stall);
    return rows;
}

} // namespace casebook::uibench
