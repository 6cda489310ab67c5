#include "trends/charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace casebook::charts {

QColor schoolColour()
{
    return QColor(0x00, 0x72, 0xB2); // blue
}

QColor laColour()
{
    return QColor(0xE6, 0x9F, 0x00); // orange
}

QColor nationalColour()
{
    return QColor(0x55, 0x55, 0x55); // dark grey
}

void clearChart(QChart& chart)
{
    chart.removeAllSeries();
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
}

QValueAxis* valueAxis(double maximum, const QString& title, const QString& labelFormat)
{
    auto* axis = new QValueAxis;
    axis->setRange(0.0, maximum > 0.0 ? maximum * 1.15 : 1.0);
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    axis->setLabelFormat(labelFormat);
    QFont font = QApplication::font();
    axis->setLabelsFont(font);
    font.setPointSizeF(font.pointSizeF() * 0.95);
    axis->setTitleFont(font);
    return axis;
}

void styleChart(QChart& chart)
{
    QFont font = QApplication::font();
    chart.legend()->setFont(font);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(font);
    }
    chart.setAnimationOptions(QChart::NoAnimation);
}

std::vector<QLineSeries*> addGappedLine(QChart& chart, const QString& name,
                                        const std::vector<std::optional<double>>& values, const QColor& colour,
                                        Qt::PenStyle style, QAbstractAxis* x, QAbstractAxis* y)
{
    std::vector<QLineSeries*> added;
    QLineSeries* current = nullptr;
    QPen pen(colour);
    pen.setWidthF(2.5);
    pen.setStyle(style);
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            current = nullptr;
            continue;
        }
        if (current == nullptr) {
            current = new QLineSeries;
            current->setName(name);
            current->setPen(pen);
            current->setPointsVisible(true);
            current->setMarkerSize(7);
            chart.addSeries(current);
            current->attachAxis(x);
            current->attachAxis(y);
            added.push_back(current);
        }
        current->append(static_cast<double>(i), *values[i]);
    }
    for (size_t i = 1; i < added.size(); ++i) {
        for (QLegendMarker* marker : chart.legend()->markers(added[i])) {
            marker->setVisible(false);
        }
    }
    return added;
}

QString elided(const QString& text, int maxChars)
{
    if (text.size() <= maxChars) {
        return text;
    }
    return text.left(std::max(1, maxChars - 1)).trimmed() + QChar(0x2026);
}

} // namespace casebook::charts
