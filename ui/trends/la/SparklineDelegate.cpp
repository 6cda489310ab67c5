#include "trends/la/SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace casebook {

SparklineDelegate::SparklineDelegate(int role, QObject* parent) : QStyledItemDelegate(parent), m_role(role)
{}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QVariantList points = index.data(m_role).toList();
    if (points.size() < 2 || m_maximum <= 0.0) {
        return;
    }
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
    const double step = area.width() / static_cast<double>(points.size() - 1);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    const QColor ink =
        selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    bool haveLast = false;
    for (int i = 0; i < points.size(); ++i) {
        const double value = points[i].toDouble();
        if (std::isnan(value)) {
            drawing = false; // a term without a rate is a gap, never a zero
            continue;
        }
        const double y = area.bottom() - std::min(value / m_maximum, 1.0) * area.height();
        const QPointF point(area.left() + step * i, y);
        if (drawing) {
            path.lineTo(point);
        } else {
            path.moveTo(point);
            drawing = true;
        }
        last = point;
        haveLast = true;
    }
    painter->setPen(QPen(ink, 1.5));
    painter->drawPath(path);
    if (haveLast) {
        painter->setBrush(ink);
        painter->drawEllipse(last, 2.5, 2.5);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 14));
    return size;
}

} // namespace casebook
