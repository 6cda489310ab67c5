#include "io/CsvReader.h"
#include "trends/charts/ChartExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

QStandardItemModel* figuresModel(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("School"), QStringLiteral("First day"), QStringLiteral("Rate")});
    auto* date = new QStandardItem;
    date->setData(QDate(2025, 1, 16), Qt::EditRole); // the table shows it in the UK form
    model->appendRow({new QStandardItem(QStringLiteral("Brontë, \"the\" Academy")), date,
                      new QStandardItem(QStringLiteral("fewer than 5"))});
    auto* plain = new QStandardItem;
    plain->setData(QDate(2024, 9, 2), Qt::EditRole);
    model->appendRow(
        {new QStandardItem(QStringLiteral("Line\nbreak")), plain, new QStandardItem(QStringLiteral("9.33"))});
    return model;
}

TEST(ChartExport, CsvReadsBackWithQuotingIsoDatesAndUtf8)
{
    QObject owner;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    ASSERT_TRUE(charts::exportModelCsv(*figuresModel(&owner), path));

    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a UTF-8 byte-order mark for spreadsheet programs";
    EXPECT_FALSE(bytes.contains("16/01/2025")) << "dates in files are ISO 8601";

    auto table = parseCsv(bytes);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->header,
              (QStringList{QStringLiteral("School"), QStringLiteral("First day"), QStringLiteral("Rate")}));
    ASSERT_EQ(table->records.size(), 2);
    EXPECT_EQ(table->records[0].fields, (QStringList{QStringLiteral("Brontë, \"the\" Academy"),
                                                     QStringLiteral("2025-01-16"), QStringLiteral("fewer than 5")}));
    EXPECT_EQ(table->records[1].fields,
              (QStringList{QStringLiteral("Line\nbreak"), QStringLiteral("2024-09-02"), QStringLiteral("9.33")}));
}

TEST(ChartExport, CsvToAFolderThatIsNotThereSaysWhere)
{
    QObject owner;
    const QString path = QStringLiteral("/nonexistent-casebook-folder/figures.csv");
    const Status s = charts::exportModelCsv(*figuresModel(&owner), path);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(path)) << s.error().message.toStdString();
}

TEST(ChartExport, PngHasTheAskedSizeAndLeavesTheViewAsItWas)
{
    auto* set = new QBarSet(QStringLiteral("Suspensions"));
    *set << 3 << 7 << 5;
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append({QStringLiteral("Autumn"), QStringLiteral("Spring"), QStringLiteral("Summer")});
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QChartView view(chart);
    view.resize(400, 300);
    view.show();
    const QRectF before = chart->geometry();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(charts::exportChartPng(*chart, path, QSize(800, 500), 2.0));
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1600, 1000));
    // Something was drawn: not every pixel is the white background.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
    }
    EXPECT_GT(coloured, 100);
    EXPECT_EQ(chart->geometry(), before);

    EXPECT_FALSE(charts::exportChartPng(*chart, dir.filePath(QStringLiteral("empty.png")), QSize(0, 0)));
}

} // namespace
} // namespace casebook::test
