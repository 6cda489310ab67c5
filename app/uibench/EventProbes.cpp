#include "EventProbes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>

#include <algorithm>

namespace casebook::uibench {

bool processEventsUntil(const std::function<bool()>& done, int timeoutMs, bool spin)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(spin ? QEventLoop::AllEvents : QEventLoop::WaitForMoreEvents);
    }
    return true;
}

PaintWatcher::PaintWatcher(QWidget* widget) : m_widget(widget)
{
    m_widget->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    if (m_widget) {
        m_widget->removeEventFilter(this);
    }
}

bool PaintWatcher::waitForPaint(int timeoutMs)
{
    // Spins rather than sleeps: a paint is due within a few milliseconds and sleeping would add the wake-up.
    return processEventsUntil([this] { return m_paints > 0; }, timeoutMs, true);
}

bool PaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        ++m_paints;
    }
    return false;
}

StallMeter::StallMeter()
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_ticks = 0;
    m_longestNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMeter::waitForTick()
{
    const int seen = m_ticks;
    processEventsUntil([this, seen] { return m_ticks > seen || !m_timer.isActive(); }, 10000, false);
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = std::max(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}

} // namespace casebook::uibench
