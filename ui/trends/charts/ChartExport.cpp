#include "trends/charts/ChartExport.h"

#include "io/CsvWriter.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace casebook::charts {

QImage renderChart(QChart& chart, QSize size, qreal devicePixelRatio)
{
    const QRectF oldGeometry = chart.geometry();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    chart.setGeometry(QRectF(oldGeometry.topLeft(), QSizeF(size)));
    if (chart.layout() != nullptr) {
        chart.layout()->activate();
    }
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (chart.scene() != nullptr) {
            chart.scene()->render(&painter, target, QRectF(oldGeometry.topLeft(), QSizeF(size)));
        }
    }
    chart.setGeometry(oldGeometry);
    if (chart.layout() != nullptr) {
        chart.layout()->activate();
    }
    return image;
}

Status exportChartPng(QChart& chart, const QString& path, QSize size, qreal devicePixelRatio)
{
    if (size.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("The picture size %1 x %2 is empty.").arg(size.width()).arg(size.height()));
    }
    const QImage image = renderChart(chart, size, devicePixelRatio);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return makeError(Error::Code::Io,
                         QStringLiteral("Could not write the picture to %1: %2").arg(path, file.errorString()));
    }
    return {};
}

namespace {

QString cellText(const QAbstractItemModel& model, const QModelIndex& index)
{
    const QVariant edit = model.data(index, Qt::EditRole);
    if (edit.typeId() == QMetaType::QDate) {
        return edit.toDate().toString(Qt::ISODate);
    }
    if (edit.typeId() == QMetaType::QDateTime) {
        return edit.toDateTime().toString(Qt::ISODate);
    }
    return model.data(index, Qt::DisplayRole).toString();
}

} // namespace

QString modelCsv(const QAbstractItemModel& model)
{
    QString out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) {
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    out += csvLine(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(); ++c) {
            fields << cellText(model, model.index(r, c));
        }
        out += csvLine(fields);
    }
    return out;
}

Status exportModelCsv(const QAbstractItemModel& model, const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("\xEF\xBB\xBF");
        file.write(modelCsv(model).toUtf8());
        if (file.commit()) {
            return {};
        }
    }
    return makeError(Error::Code::Io,
                     QStringLiteral("Could not write the table to %1: %2").arg(path, file.errorString()));
}

} // namespace casebook::charts
