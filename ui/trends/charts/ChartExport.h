#pragma once

#include "common/Result.h"

#include <QSize>
#include <QString>

class QAbstractItemModel;
class QChart;
class QImage;

namespace casebook::charts {

// The chart laid out at `size` (logical pixels) and drawn at `devicePixelRatio` on a white background; the
// chart's own geometry is restored afterwards, so an on-screen chart is left as it was.
QImage renderChart(QChart& chart, QSize size, qreal devicePixelRatio = 1.0);

// renderChart saved as PNG; an error names the file when it cannot be written.
Status exportChartPng(QChart& chart, const QString& path, QSize size, qreal devicePixelRatio = 1.0);

// The model's horizontal headers and every row's display text as CSV (RFC 4180 quoting, CRLF), UTF-8 with a
// byte-order mark so spreadsheet programs read names with accents rightly. Dates (QDate / QDateTime in the
// edit role) are written in ISO 8601, whatever the screen shows.
QString modelCsv(const QAbstractItemModel& model);
Status exportModelCsv(const QAbstractItemModel& model, const QString& path);

} // namespace casebook::charts
