#include "trends/charts/ChartPanel.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class ChartPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_set = new QBarSet(QStringLiteral("Suspensions"));
        *m_set << 3 << 12;
        auto* series = new QBarSeries;
        series->append(m_set);
        m_panel.chart()->addSeries(series);
        m_panel.setTable(
            {QStringLiteral("Term"), QStringLiteral("Suspensions")},
            {{QStringLiteral("Autumn"), QStringLiteral("3")}, {QStringLiteral("Spring"), QStringLiteral("12")}});
        m_panel.setDescription(QStringLiteral("Suspensions per term at North"));
        m_panel.addTips(series, [](QBarSet* set, int index) {
            return QStringLiteral("%1: %2").arg(set->label()).arg(set->at(index));
        });
        m_series = series;
        m_panel.resize(600, 400);
        m_panel.show();
        QApplication::setActiveWindow(&m_panel);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_panel));
    }

    charts::ChartPanel m_panel{QStringLiteral("Suspensions by term")};
    QBarSet* m_set = nullptr;
    QBarSeries* m_series = nullptr;
};

TEST_F(ChartPanelTest, TheToggleShowsTheSameFiguresAsATable)
{
    EXPECT_FALSE(m_panel.showsTable());
    EXPECT_TRUE(m_panel.chartView()->isVisible());
    EXPECT_FALSE(m_panel.tableView()->isVisible());

    m_panel.findChild<QCheckBox*>(QStringLiteral("showAsTable"))->click();
    EXPECT_TRUE(m_panel.showsTable());
    EXPECT_TRUE(m_panel.tableView()->isVisible());
    EXPECT_FALSE(m_panel.chartView()->isVisible());

    const QAbstractItemModel* model = m_panel.tableView()->model();
    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_EQ(model->columnCount(), 2);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Suspensions"));
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Autumn"));
    EXPECT_EQ(model->index(1, 1).data().toString(), QStringLiteral("12"));
}

TEST_F(ChartPanelTest, AltTInsideThePanelSwitchesBackAndForth)
{
    m_panel.chartView()->setFocus();
    QTest::keyClick(m_panel.chartView(), Qt::Key_T, Qt::AltModifier);
    EXPECT_TRUE(m_panel.showsTable());
    EXPECT_TRUE(m_panel.tableView()->hasFocus()) << "the focus follows to the table";
    EXPECT_TRUE(m_panel.findChild<QCheckBox*>(QStringLiteral("showAsTable"))->isChecked());
    QTest::keyClick(m_panel.tableView(), Qt::Key_T, Qt::AltModifier);
    EXPECT_FALSE(m_panel.showsTable());
    EXPECT_TRUE(m_panel.chartView()->hasFocus());
}

TEST_F(ChartPanelTest, ChartAndTableHaveAccessibleNamesAndDescriptions)
{
    EXPECT_EQ(m_panel.chartView()->accessibleName(), QStringLiteral("Suspensions by term chart"));
    EXPECT_EQ(m_panel.tableView()->accessibleName(), QStringLiteral("Suspensions by term table"));
    EXPECT_EQ(m_panel.chartView()->accessibleDescription(), QStringLiteral("Suspensions per term at North"));
    EXPECT_EQ(m_panel.tableView()->accessibleDescription(), QStringLiteral("Suspensions per term at North"));
    for (auto* button : m_panel.findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
    }
    EXPECT_EQ(m_panel.chartView()->actions().size(), 3) << "Export PNG, Export CSV, table/chart in the context menu";
}

TEST_F(ChartPanelTest, HoveringABarGivesItsFigures)
{
    Q_EMIT m_series->hovered(true, 1, m_set);
    EXPECT_EQ(m_panel.lastTip(), QStringLiteral("Suspensions: 12"));
}

TEST_F(ChartPanelTest, ExportsWhatItShows)
{
    QTemporaryDir dir;
    ASSERT_TRUE(m_panel.exportCsv(dir.filePath(QStringLiteral("t.csv"))));
    QFile csv(dir.filePath(QStringLiteral("t.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), QByteArray("\xEF\xBB\xBFTerm,Suspensions\r\nAutumn,3\r\nSpring,12\r\n"));
    ASSERT_TRUE(m_panel.exportPng(dir.filePath(QStringLiteral("t.png")), QSize(300, 200), 1.0));
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("t.png"))).size(), QSize(300, 200));
}

} // namespace
} // namespace casebook::test
