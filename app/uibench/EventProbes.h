#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace casebook::uibench {

// Processes events until `done` or `timeoutMs` passes; false on the timeout. Spinning suits waits of a few
// milliseconds (no wake-up latency); otherwise it sleeps until events arrive, so something must keep arriving
// (a StallMeter's ticks, for one).
bool processEventsUntil(const std::function<bool()>& done, int timeoutMs, bool spin);

// Counts the paint events a widget receives, so a measurement can wait until new rows are on screen.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget* widget);
    ~PaintWatcher() override;

    int paints() const { return m_paints; }
    void reset() { m_paints = 0; }

    // Spins until the widget has been painted (since the last reset) or `timeoutMs` passes.
    bool waitForPaint(int timeoutMs = 2000);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_widget;
    int m_paints = 0;
};

// How long the UI thread was blocked: a 1 ms timer ticks on it, and the largest gap between ticks is the
// longest time the window could not have answered the officer.
class StallMeter : public QObject
{
public:
    StallMeter();

    void start();
    void stop() { m_timer.stop(); }
    int ticks() const { return m_ticks; }
    double longestGapMs() const { return m_longestNs / 1e6; }

    // Processes events until the next tick, so a block that is still going on is counted.
    void waitForTick();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
};

} // namespace casebook::uibench
