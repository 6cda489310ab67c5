#pragma once

#include "TimelinePainter.h"
#include "history/Timeline.h"

#include <QWidget>

#include <vector>

namespace casebook {

// One pupil's timeline on screen, drawn by printing::paintTimeline (the same picture as in the history PDF).
// Pointing at a mark shows what it is and when; double-click opens its record. From the keyboard: Tab reaches
// it, Left/Right (Home/End) step through the marks in date order, showing each one's description, and Enter
// opens the record. A screen reader hears a summary of the whole picture as the description.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setTimeline(TimelineData timeline);
    const TimelineData& timeline() const { return m_data; }
    const printing::TimelineLayout& layout() const { return m_layout; }
    // The mark chosen from the keyboard, or null.
    const printing::TimelineHit* currentHit() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void recordActivated(CaseRecordKind kind, qint64 recordId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void relayout();
    void setCurrent(int position);

    TimelineData m_data;
    printing::TimelineLayout m_layout;
    std::vector<int> m_order; // hits in date order (left to right)
    int m_current = -1;       // position in m_order
};

} // namespace casebook
