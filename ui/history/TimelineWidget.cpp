#include "history/TimelineWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace casebook {

namespace {

// The picture in the widget's own font, never smaller than 8 points.
printing::TimelineStyle styleFor(const QWidget* widget)
{
    printing::TimelineStyle style;
    style.font = widget->font();
    style.pointSize = std::max<qreal>(8.0, widget->font().pointSizeF());
    return style;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pupilTimeline"));
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setTimeline({});
}

void TimelineWidget::setTimeline(TimelineData timeline)
{
    m_data = std::move(timeline);
    m_current = -1;
    setAccessibleDescription(describeTimeline(m_data) +
                             tr(" Left and Right step through the marks; Enter opens the record."));
    relayout();
    update();
}

const printing::TimelineHit* TimelineWidget::currentHit() const
{
    if (m_current < 0 || m_current >= static_cast<int>(m_order.size())) {
        return nullptr;
    }
    return &m_layout.hits[static_cast<std::size_t>(m_order[static_cast<std::size_t>(m_current)])];
}

QSize TimelineWidget::sizeHint() const
{
    return {1000, 220};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {420, 170};
}

void TimelineWidget::relayout()
{
    const printing::TimelineHit* before = currentHit();
    const CaseRecordKind kind = before != nullptr ? before->kind : CaseRecordKind::Suspension;
    const qint64 id = before != nullptr ? before->recordId : 0;
    m_layout = printing::layoutTimeline(QRectF(rect()), m_data, styleFor(this), this);
    m_order.resize(m_layout.hits.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_layout.hits[static_cast<std::size_t>(a)].rect.center().x() <
               m_layout.hits[static_cast<std::size_t>(b)].rect.center().x();
    });
    m_current = -1;
    for (std::size_t i = 0; id != 0 && i < m_order.size(); ++i) {
        const printing::TimelineHit& h = m_layout.hits[static_cast<std::size_t>(m_order[i])];
        if (h.kind == kind && h.recordId == id) {
            m_current = static_cast<int>(i);
        }
    }
}

void TimelineWidget::setCurrent(int position)
{
    if (m_order.empty()) {
        return;
    }
    m_current = std::clamp(position, 0, static_cast<int>(m_order.size()) - 1);
    const printing::TimelineHit* hit = currentHit();
    QToolTip::showText(mapToGlobal(hit->rect.bottomLeft().toPoint()), hit->text, this, hit->rect.toRect());
    update();
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const printing::TimelineHit* hit = m_layout.hitAt(help->pos())) {
            QToolTip::showText(help->globalPos(), hit->text, this, hit->rect.toRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    printing::paintTimeline(painter, m_layout, m_data, styleFor(this));
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        if (const printing::TimelineHit* hit = currentHit()) {
            painter.drawRect(hit->rect.adjusted(-2, -2, 2, 2));
        } else {
            painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
        }
    }
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
        setCurrent(m_current + 1);
        return;
    case Qt::Key_Left:
        setCurrent(m_current < 0 ? static_cast<int>(m_order.size()) - 1 : m_current - 1);
        return;
    case Qt::Key_Home:
        setCurrent(0);
        return;
    case Qt::Key_End:
        setCurrent(static_cast<int>(m_order.size()) - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const printing::TimelineHit* hit = currentHit()) {
            Q_EMIT recordActivated(hit->kind, hit->recordId);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const printing::TimelineHit* hit = m_layout.hitAt(event->position())) {
        Q_EMIT recordActivated(hit->kind, hit->recordId);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace casebook
