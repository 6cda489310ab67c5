#pragma once

#include <QStyledItemDelegate>

namespace casebook {

// Draws a cell's series (a QVariantList of doubles under `role`; NaN is a gap) as a small line, scaled to the
// largest value in the whole column so that sparklines can be compared down the table, with the last point
// marked. The figures themselves are in the cell's tooltip and accessible text.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SparklineDelegate(int role, QObject* parent = nullptr);

    // The scale's top (values at or above it touch the cell's top); recomputed by the view on new data.
    void setScaleMaximum(double maximum) { m_maximum = maximum; }
    double scaleMaximum() const { return m_maximum; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    double m_maximum = 1.0;
};

} // namespace casebook
