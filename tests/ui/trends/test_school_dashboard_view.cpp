#include "AnalyticsFixture.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/SmallNumbers.h"
#include "trends/charts/ChartPanel.h"
#include "trends/school/FiguresStrip.h"
#include "trends/school/SchoolDashboardView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace casebook::test {
namespace {

class SchoolDashboardViewTest : public AnalyticsFixture
{
protected:
    void SetUp() override
    {
        AnalyticsFixture::SetUp();
        m_view = std::make_unique<SchoolDashboardView>(db());
        m_view->resize(1366, 768);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    }

    QString cell(const QString& panel, int row, int column) const
    {
        return m_view->panel(panel)->model()->index(row, column).data().toString();
    }

    std::unique_ptr<SchoolDashboardView> m_view;
};

// The school's line in a trend chart: every segment named after the school.
std::vector<QLineSeries*> schoolLines(charts::ChartPanel* panel, const QString& name)
{
    std::vector<QLineSeries*> out;
    for (QAbstractSeries* s : panel->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(s); line != nullptr && line->name() == name) {
            out.push_back(line);
        }
    }
    return out;
}

TEST_F(SchoolDashboardViewTest, ShowsTheSchoolsTrendWithTheNoRollTermAsAGap)
{
    m_view->showSchool(m_north);
    ASSERT_TRUE(m_view->dashboard().has_value());
    EXPECT_EQ(m_view->schoolId(), m_north);
    EXPECT_TRUE(m_view->findChild<QComboBox*>(QStringLiteral("schoolPicker"))
                    ->currentText()
                    .startsWith(QStringLiteral("North")));

    // Table: four terms, the first with no roll.
    ASSERT_EQ(m_view->panel(QStringLiteral("suspensionTrend"))->model()->rowCount(), 4);
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 0, 0), QStringLiteral("Summer 2023/24"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 0, 1), QStringLiteral("1"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 0, 2), QStringLiteral("no roll"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 1, 2), QStringLiteral("0.75"));
    // Chart: the no-roll term is not drawn (no point at 0); the three terms of 2024/25 are.
    const auto lines = schoolLines(m_view->panel(QStringLiteral("suspensionTrend")), QStringLiteral("North"));
    ASSERT_EQ(lines.size(), 1u);
    ASSERT_EQ(lines[0]->count(), 3);
    EXPECT_DOUBLE_EQ(lines[0]->at(0).x(), 1.0);
    EXPECT_DOUBLE_EQ(lines[0]->at(0).y(), 0.75);
    EXPECT_TRUE(m_view->panel(QStringLiteral("suspensionTrend"))->note().contains(QStringLiteral("no roll")));

    // Reasons: DB first, 4 of 7 reasons given.
    EXPECT_EQ(cell(QStringLiteral("reasons"), 0, 1), QStringLiteral("DB"));
    EXPECT_EQ(cell(QStringLiteral("reasons"), 0, 3), QStringLiteral("57.14%"));
    // Year group 10 at North: 3 suspensions of 80 pupils.
    auto* years = m_view->panel(QStringLiteral("yearGroups"))->model();
    bool sawYear10 = false;
    for (int r = 0; r < years->rowCount(); ++r) {
        if (years->index(r, 0).data().toString() == QStringLiteral("Year 10")) {
            sawYear10 = true;
            EXPECT_EQ(years->index(r, 3).data().toString(), QStringLiteral("3.75"));
        }
    }
    EXPECT_TRUE(sawYear10);
    const QString strip = m_view->findChild<school::FiguresStrip*>()->cardText(QStringLiteral("stripSuspensions"));
    EXPECT_TRUE(strip.contains(QStringLiteral("1.25 per 100"))) << strip.toStdString();
}

TEST_F(SchoolDashboardViewTest, TheLaComparisonArrivesFromAWorkerAndIsCachedForTheNextOpening)
{
    AnalyticsCache cache(db());
    m_view->setAnalyticsCache(&cache);
    QSignalSpy arrived(m_view.get(), &SchoolDashboardView::laComparisonLoaded);
    m_view->showSchool(m_north);
    ASSERT_TRUE(m_view->dashboard().has_value());
    EXPECT_TRUE(m_view->laComparisonPending());
    EXPECT_TRUE(m_view->panel(QStringLiteral("yearGroups"))->note().contains(QStringLiteral("being computed")));
    ASSERT_TRUE(arrived.wait(10000));
    EXPECT_FALSE(m_view->laComparisonPending());
    ASSERT_FALSE(m_view->dashboard()->laYearGroups.empty());
    // Year 10 LA-wide: North's 80, South's 200 on roll; the LA rate column is filled in.
    auto* model = m_view->panel(QStringLiteral("yearGroups"))->model();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_NE(model->index(0, 5).data().toString(), QStringLiteral("\u2013"));
    EXPECT_FALSE(model->index(0, 5).data().toString().isEmpty());

    // A second dashboard on the same data takes the LA figures from the cache at once.
    SchoolDashboardView again(db());
    again.setAnalyticsCache(&cache);
    again.showSchool(m_south);
    ASSERT_TRUE(again.dashboard().has_value());
    EXPECT_FALSE(again.laComparisonPending());
    EXPECT_FALSE(again.dashboard()->laYearGroups.empty());
}

TEST_F(SchoolDashboardViewTest, PerYearAddsTheNationalRates)
{
    m_view->showSchool(m_north);
    auto* by = m_view->findChild<QComboBox*>(QStringLiteral("granularity"));
    by->setCurrentIndex(by->findText(QStringLiteral("Year")));
    auto* model = m_view->panel(QStringLiteral("suspensionTrend"))->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("National rate per 100"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 0, 5), QStringLiteral("11.31"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 1, 5), QStringLiteral("none recorded"));
}

TEST_F(SchoolDashboardViewTest, SmallNumbersAreHiddenInTablesTooltipsAndTheStrip)
{
    ASSERT_TRUE(saveSmallNumberPolicy(db(), SmallNumberPolicy{true, 5}));
    m_view->showSchool(m_north);
    // Autumn: 3 suspensions at North, hidden with its rate; not drawn.
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 1, 1), QStringLiteral("fewer than 5"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 1, 2), QStringLiteral("not shown"));
    EXPECT_EQ(cell(QStringLiteral("suspensionTrend"), 1, 3), QStringLiteral("5")); // the LA's 5 are shown
    for (QLineSeries* line : schoolLines(m_view->panel(QStringLiteral("suspensionTrend")), QStringLiteral("North"))) {
        for (int i = 0; i < line->count(); ++i) {
            EXPECT_NE(line->at(i).x(), 1.0) << "the autumn rate rests on 3 suspensions";
        }
    }
    // The tooltip on the LA line in the autumn gives the school's figure hidden too.
    auto* panel = m_view->panel(QStringLiteral("suspensionTrend"));
    auto laLines = schoolLines(panel, QStringLiteral("LA"));
    ASSERT_FALSE(laLines.empty());
    Q_EMIT laLines[0]->hovered(QPointF(1.1, 0.7), true);
    EXPECT_TRUE(panel->lastTip().contains(QStringLiteral("fewer than 5"))) << panel->lastTip().toStdString();
    EXPECT_FALSE(panel->lastTip().contains(QStringLiteral("0.75"))) << panel->lastTip().toStdString();

    auto* strip = m_view->findChild<school::FiguresStrip*>();
    EXPECT_TRUE(strip->cardText(QStringLiteral("stripPupils")).contains(QStringLiteral("fewer than 5")));
    EXPECT_TRUE(strip->cardText(QStringLiteral("stripSuspensions")).contains(QStringLiteral("1.25"))); // 5: shown
    EXPECT_FALSE(strip->cardText(QStringLiteral("stripPupils")).contains(QStringLiteral("0.75")));
    // Reasons: VA was given twice at North: hidden, with its share.
    auto* reasons = m_view->panel(QStringLiteral("reasons"))->model();
    for (int r = 0; r < reasons->rowCount(); ++r) {
        if (reasons->index(r, 1).data().toString() == QStringLiteral("VA")) {
            EXPECT_EQ(reasons->index(r, 2).data().toString(), QStringLiteral("fewer than 5"));
            EXPECT_EQ(reasons->index(r, 3).data().toString(), QStringLiteral("not shown"));
        }
    }
}

TEST_F(SchoolDashboardViewTest, TypingPartOfANameFindsTheSchool)
{
    auto* picker = m_view->findChild<QComboBox*>(QStringLiteral("schoolPicker"));
    EXPECT_EQ(picker->count(), 3);
    picker->setFocus();
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("sou"));
    QAbstractItemView* popup = picker->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    ASSERT_EQ(picker->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(m_view->schoolId(), m_south);
    ASSERT_TRUE(m_view->dashboard().has_value());
    EXPECT_EQ(m_view->dashboard()->schoolName, QStringLiteral("South"));
}

TEST_F(SchoolDashboardViewTest, AltUAsksForThePupilsOfTheLastYear)
{
    QSignalSpy spy(m_view.get(), &SchoolDashboardView::pupilsRequested);
    EXPECT_FALSE(m_view->findChild<QPushButton*>(QStringLiteral("pupilsButton"))->isEnabled());
    m_view->showSchool(m_north);
    m_view->panel(QStringLiteral("reasons"))->chartView()->setFocus();
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    QTest::keyClick(focused, Qt::Key_U, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&spy] { return spy.count() == 1; })) << "a mnemonic clicks the button after a moment";
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), m_north);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("2024/25"));
}

TEST_F(SchoolDashboardViewTest, EveryControlHasAnAccessibleName)
{
    m_view->showSchool(m_north);
    for (QWidget* w : m_view->findChildren<QWidget*>()) {
        if ((qobject_cast<QComboBox*>(w) != nullptr || qobject_cast<QAbstractButton*>(w) != nullptr) &&
            w->isVisible()) {
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
        }
    }
}

} // namespace
} // namespace casebook::test
