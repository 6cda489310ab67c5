#include "AnalyticsFixture.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/SmallNumbers.h"
#include "mainwindow/MainWindow.h"
#include "trends/SchoolPupilsDialog.h"
#include "trends/TrendsView.h"
#include "trends/la/LaDashboardView.h"
#include "trends/la/LaRankingModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cmath>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The analytics fixture (North 5 suspensions on a roll of 400, South 2 on 200, East 1 on 100 in 2024/25).
class LaDashboardTest : public AnalyticsFixture
{
protected:
    QString cell(LaDashboardView& view, int row, int column)
    {
        return view.table()->model()->index(row, column).data().toString();
    }
    int rowOf(LaDashboardView& view, qint64 school)
    {
        auto* model = view.table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(LaRankingModel::SchoolIdRole).toLongLong() == school) {
                return r;
            }
        }
        return -1;
    }
};

TEST_F(LaDashboardTest, RanksEverySchoolByRateWithASparklineThatHasGapsForNoRoll)
{
    LaDashboardView view(db());
    view.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(view.refresh());
    ASSERT_EQ(view.table()->model()->rowCount(), 3);
    // Highest suspension rate first: North 1.25 per 100; South and East 1.00.
    EXPECT_EQ(cell(view, 0, LaRankingModel::School), QStringLiteral("North"));
    EXPECT_EQ(cell(view, 0, LaRankingModel::Rank), QStringLiteral("1"));
    EXPECT_EQ(cell(view, 0, LaRankingModel::SuspensionRate), QStringLiteral("1.25"));
    EXPECT_EQ(cell(view, 0, LaRankingModel::Flags), QStringLiteral("Year 10-11 exits"));
    EXPECT_EQ(cell(view, 0, LaRankingModel::Repeat), QStringLiteral("1"));
    const QVariantList spark =
        view.table()->model()->index(0, LaRankingModel::Trend).data(LaRankingModel::SparklineRole).toList();
    ASSERT_EQ(spark.size(), 4);                   // 2023/24 summer and the three terms of 2024/25
    EXPECT_TRUE(std::isnan(spark[0].toDouble())); // 2023/24 has no roll figure: a gap, not a zero
    EXPECT_DOUBLE_EQ(spark[1].toDouble(), 0.75);  // autumn: 3 of 400
    const QString spoken =
        view.table()->model()->index(0, LaRankingModel::Trend).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Summer 2023/24: no roll"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Autumn 2024/25: 0.75"))) << spoken.toStdString();

    auto* summary = view.findChild<QLabel*>(QStringLiteral("laSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("3 schools"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("8 suspensions"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 schools flagged"))) << summary->text().toStdString();
}

TEST_F(LaDashboardTest, WithACacheTheLaTrendArrivesFromAWorkerAndIsKept)
{
    AnalyticsCache cache(db());
    LaDashboardView view(db());
    view.setAnalyticsCache(&cache);
    view.setAcademicYear(QStringLiteral("2024/25"));
    QSignalSpy arrived(&view, &LaDashboardView::laTrendLoaded);
    ASSERT_TRUE(view.refresh());
    EXPECT_EQ(view.table()->model()->rowCount(), 3); // the ranking does not wait
    EXPECT_TRUE(view.laTrendPending());
    auto* summary = view.findChild<QLabel*>(QStringLiteral("laSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("being computed"))) << summary->text().toStdString();
    ASSERT_TRUE(arrived.wait(10000));
    EXPECT_FALSE(view.laTrendPending());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("8 suspensions"))) << summary->text().toStdString();
    ASSERT_TRUE(view.data().laYear.has_value());

    LaDashboardView again(db());
    again.setAnalyticsCache(&cache);
    again.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(again.refresh());
    EXPECT_FALSE(again.laTrendPending()); // kept by the cache
}

TEST_F(LaDashboardTest, SortsByAnyColumnAndKeepsTheRank)
{
    LaDashboardView view(db());
    view.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(view.refresh());
    view.table()->sortByColumn(LaRankingModel::School, Qt::AscendingOrder);
    EXPECT_EQ(cell(view, 0, LaRankingModel::School), QStringLiteral("East"));
    EXPECT_EQ(cell(view, 1, LaRankingModel::School), QStringLiteral("North"));
    EXPECT_EQ(cell(view, 1, LaRankingModel::Rank), QStringLiteral("1"));
    view.table()->sortByColumn(LaRankingModel::Roll, Qt::DescendingOrder);
    EXPECT_EQ(cell(view, 0, LaRankingModel::School), QStringLiteral("North")); // 400
    EXPECT_EQ(cell(view, 2, LaRankingModel::School), QStringLiteral("East"));  // 100
}

TEST_F(LaDashboardTest, FiltersByLocalityAndPhase)
{
    LaDashboardView view(db());
    view.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(view.refresh());
    auto* locality = view.findChild<QComboBox*>(QStringLiteral("laLocality"));
    ASSERT_NE(locality, nullptr);
    locality->setCurrentIndex(locality->findData(QStringLiteral("Riverside"))); // reloads
    EXPECT_EQ(view.table()->model()->rowCount(), 2);
    EXPECT_EQ(rowOf(view, m_south), -1);
    EXPECT_EQ(view.filter().locality, QStringLiteral("Riverside"));
    ASSERT_TRUE(view.data().laYear.has_value());
    EXPECT_EQ(view.data().laYear->headcount, std::optional<qint64>(500));
    auto* phase = view.findChild<QComboBox*>(QStringLiteral("laPhase"));
    ASSERT_NE(phase, nullptr);
    EXPECT_EQ(phase->count(), 2); // "All phases" and the one phase the schools have
}

TEST_F(LaDashboardTest, SmallNumbersHideCountsAndTheRatesBuiltOnThem)
{
    LaDashboardView view(db());
    view.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(view.refresh());
    SmallNumberPolicy shared;
    shared.enabled = true;
    shared.threshold = 5;
    view.setSmallNumberPolicy(shared);
    const int north = rowOf(view, m_north);
    const int south = rowOf(view, m_south);
    EXPECT_EQ(cell(view, north, LaRankingModel::Suspensions), QStringLiteral("5")); // not below 5
    EXPECT_EQ(cell(view, south, LaRankingModel::Suspensions), QStringLiteral("fewer than 5"));
    EXPECT_EQ(cell(view, south, LaRankingModel::SuspensionRate), notShownText());
    EXPECT_NE(cell(view, south, LaRankingModel::PermanentExclusions), QStringLiteral("1"));
    auto* summary = view.findChild<QLabel*>(QStringLiteral("laSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Counts below 5 are not shown")));
}

TEST_F(LaDashboardTest, EnterOnASchoolAsksForItsDashboard)
{
    LaDashboardView view(db());
    view.setAcademicYear(QStringLiteral("2024/25"));
    ASSERT_TRUE(view.refresh());
    QSignalSpy opened(&view, &LaDashboardView::schoolActivated);
    view.table()->setCurrentIndex(view.table()->model()->index(rowOf(view, m_south), 1));
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), m_south);
    EXPECT_EQ(opened.at(0).at(1).toString(), QStringLiteral("2024/25"));
}

TEST_F(LaDashboardTest, PupilsOfASchoolOpenFromTheDrillDown)
{
    SchoolPupilsDialog dialog(db(), m_north, QStringLiteral("2024/25"), SmallNumberPolicy{});
    ASSERT_EQ(dialog.pupilCount(), 3);
    EXPECT_EQ(dialog.table()->model()->index(0, 1).data().toString(), QStringLiteral("Test, Ben"));
    QSignalSpy chosen(&dialog, &SchoolPupilsDialog::pupilActivated);
    dialog.table()->setCurrentIndex(dialog.table()->model()->index(1, 0));
    QTest::keyClick(dialog.table(), Qt::Key_Enter);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toLongLong(), m_ann);
}

TEST_F(LaDashboardTest, NoPupilLevelListWhileSmallNumbersAreHidden)
{
    SmallNumberPolicy shared;
    shared.enabled = true;
    SchoolPupilsDialog dialog(db(), m_north, QStringLiteral("2024/25"), shared);
    EXPECT_EQ(dialog.pupilCount(), 0);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("not shown"))) << dialog.message().toStdString();
}

TEST_F(LaDashboardTest, CtrlTOpensTrendsAndAgainSwitchesToOneSchool)
{
    MainWindow window(db());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    ASSERT_NE(tabs, nullptr);
    auto* trends = window.findChild<TrendsView*>(QStringLiteral("trendsView"));
    ASSERT_NE(trends, nullptr);
    EXPECT_EQ(tabs->currentWidget(), trends);
    EXPECT_TRUE(trends->showsLa());
    EXPECT_GT(trends->laDashboard()->table()->model()->rowCount(), 0); // loaded on first showing
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_FALSE(trends->showsLa());
}

} // namespace
} // namespace casebook::test
