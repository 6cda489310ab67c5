#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QAbstractAxis;
class QAbstractBarSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace casebook::charts {

// Colours that stay apart for the common colour-vision deficiencies (Okabe-Ito): the school, the LA, national.
QColor schoolColour();
QColor laColour();
QColor nationalColour();

// Removes every series and axis (a chart is redrawn, not patched).
void clearChart(QChart& chart);

// A value axis from 0 to a little above `maximum` (1 when nothing is above 0), with a title and readable labels.
QValueAxis* valueAxis(double maximum, const QString& title, const QString& labelFormat = QStringLiteral("%.1f"));

// Labels and titles at the application font's size (Qt Charts' default is smaller than the rest of the window).
void styleChart(QChart& chart);

// Draws `values` (one per category index, nullopt: no value) as line segments between gaps: one series per run
// of values, all with the same pen, the first named `name` in the legend and the rest left out of it. Returns
// the series added (already attached to the chart's axes `x` and `y`).
std::vector<QLineSeries*> addGappedLine(QChart& chart, const QString& name,
                                        const std::vector<std::optional<double>>& values, const QColor& colour,
                                        Qt::PenStyle style, QAbstractAxis* x, QAbstractAxis* y);

// `text` shortened to `maxChars` with an ellipsis (axis labels; the table keeps the whole text).
QString elided(const QString& text, int maxChars);

} // namespace casebook::charts
