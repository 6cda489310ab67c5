#include "analytics/Breakdowns.h"
#include "analytics/CensusDay.h"
#include "analytics/Comparison.h"
#include "analytics/OffRolling.h"
#include "analytics/PipEngagement.h"
#include "analytics/Rates.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(AnalyticsArithmetic, RatesPer100NeedARoll)
{
    struct Case
    {
        qint64 count;
        std::optional<qint64> headcount;
        QString expected;
    };
    const Case cases[] = {
        {3, 400, QStringLiteral("0.75")},
        {0, 400, QStringLiteral("0.00")},
        {1, 3, QStringLiteral("33.33")},
        {2, 3, QStringLiteral("66.67")},
        {5, std::nullopt, QStringLiteral("no roll")},
        {5, 0, QStringLiteral("no roll")},
        {5, -1, QStringLiteral("no roll")},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(figureText(ratePer100(c.count, c.headcount)), c.expected) << c.count;
    }
}

TEST(AnalyticsArithmetic, SharesAndRatios)
{
    EXPECT_EQ(figureText(sharePercent(4, 7)), QStringLiteral("57.14"));
    EXPECT_FALSE(sharePercent(0, 0).has_value());
    EXPECT_DOUBLE_EQ(rateRatio(4.0, 2.0).value(), 2.0);
    EXPECT_FALSE(rateRatio(4.0, 0.0).has_value());
    EXPECT_FALSE(rateRatio(std::nullopt, 2.0).has_value());
    EXPECT_FALSE(rateRatio(4.0, std::nullopt).has_value());
    EXPECT_EQ(figureText(std::nullopt, QStringLiteral("-")), QStringLiteral("-"));
}

TEST(AnalyticsArithmetic, CensusDayIsTheThirdThursdayOfJanuary)
{
    EXPECT_EQ(januaryCensusDay(QStringLiteral("2024/25")), QDate(2025, 1, 16));
    EXPECT_EQ(januaryCensusDay(QStringLiteral("2023/24")), QDate(2024, 1, 18));
    EXPECT_EQ(januaryCensusDay(QStringLiteral("2026/27")), QDate(2027, 1, 21));
    EXPECT_FALSE(januaryCensusDay(QStringLiteral("2024")).isValid());
}

TEST(AnalyticsArithmetic, DisproportionalityComparesAGroupWithTheRest)
{
    const std::vector<GroupCounts> counts{
        {kByFsm, QStringLiteral("1"), 100, 20, 10, 1},
        {kByFsm, QStringLiteral("0"), 400, 20, 15, 0},
        {kByYearGroup, QStringLiteral("7"), 0, 3, 2, 0},  // suspended pupils, no census figure
        {kByYearGroup, QStringLiteral("8"), 50, 5, 5, 0}, // the only group with pupils: no rest
    };
    const auto rows = disproportionality(counts);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(figureText(rows[0].suspensionRate), QStringLiteral("20.00"));
    EXPECT_EQ(figureText(rows[0].suspensionRatio), QStringLiteral("4.00")); // 20 against 5
    EXPECT_EQ(figureText(rows[0].oneOrMoreRatio), QStringLiteral("2.67"));  // 10 against 3.75
    EXPECT_FALSE(rows[0].permanentExclusionRatio.has_value());              // the rest has none
    EXPECT_EQ(figureText(rows[1].suspensionRatio), QStringLiteral("0.25"));
    EXPECT_EQ(figureText(rows[1].permanentExclusionRatio), QStringLiteral("0.00"));
    EXPECT_FALSE(rows[2].suspensionRate.has_value());
    EXPECT_FALSE(rows[2].suspensionRatio.has_value());
    EXPECT_EQ(figureText(rows[3].suspensionRate), QStringLiteral("10.00"));
    EXPECT_FALSE(rows[3].suspensionRatio.has_value());
    EXPECT_EQ(rows[3].label, QStringLiteral("Year 8"));
    EXPECT_EQ(rows[0].label, QStringLiteral("FSM eligible"));
}

TEST(AnalyticsArithmetic, WellAboveTheLaPattern)
{
    struct Case
    {
        int count;
        std::optional<double> rate;
        std::optional<double> la;
        bool flagged;
    };
    const Case cases[] = {
        {3, 2.01, 1.0, true},                                  // more than twice, on enough pupils
        {3, 2.0, 1.0, false},                                  // exactly twice is not "more than"
        {2, 10.0, 1.0, false},                                 // too few pupils
        {5, std::nullopt, 1.0, false},                         // no roll at the school
        {5, 3.0, std::nullopt, false},                         // no LA rate
        {analytics::kOffRollingFlagMinPupils, 0.5, 0.0, true}, // anything is well above an LA rate of 0
    };
    for (const Case& c : cases) {
        EXPECT_EQ(wellAboveLa(c.count, c.rate, c.la), c.flagged) << c.count << " " << c.rate.value_or(-1);
    }
}

TEST(AnalyticsArithmetic, OffRollingLaRowSumsSchoolsWithADenominator)
{
    OffRollingFigures a;
    a.schoolId = 1;
    a.unexplainedExits = 6;
    a.yearTenElevenRoll = 100;
    a.eheAfterSuspension = 1;
    a.headcount = 500;
    OffRollingFigures b;
    b.schoolId = 2;
    b.unexplainedExits = 1;
    b.yearTenElevenRoll = 300;
    b.headcount = 1000;
    OffRollingFigures c; // no figures at all: its exits are left out of the LA rate
    c.schoolId = 3;
    c.unexplainedExits = 9;
    const auto rows = withOffRollingFlags({a, b, c});
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].unexplainedExits, 7);
    EXPECT_EQ(rows[0].yearTenElevenRoll, 400);
    EXPECT_EQ(figureText(rows[0].exitRate()), QStringLiteral("1.75"));
    EXPECT_TRUE(rows[1].exitsFlagged); // 6.00 against 1.75
    EXPECT_FALSE(rows[2].exitsFlagged);
    EXPECT_FALSE(rows[3].exitsFlagged);
    EXPECT_FALSE(rows[1].eheFlagged);
}

TEST(AnalyticsArithmetic, PipRowsFoldPerSchoolWithAnLaTotal)
{
    const std::vector<PipEngagementRow> rows{
        {1, QStringLiteral("A"), QString(), 2, 0, 0, 1},
        {1, QStringLiteral("A"), QStringLiteral("early_help"), 3, 3, 2, 0},
        {2, QStringLiteral("B"), QString(), 0, 0, 0, 0},
    };
    const auto out = foldPipEngagement(rows);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].referrals, 5);
    EXPECT_EQ(out[0].decided, 3);
    EXPECT_EQ(out[1].schoolName, QStringLiteral("A"));
    EXPECT_EQ(out[1].onAgenda, 3);
    EXPECT_EQ(out[1].heard, 2);
    EXPECT_EQ(out[1].withdrawn, 1);
    EXPECT_EQ(out[1].decisions.value(QStringLiteral("early_help")), 3);
    EXPECT_EQ(out[2].referrals, 0);
}

TEST(AnalyticsArithmetic, ComparisonPairsPeriodsAndAddsNationalFiguresForYearsOnly)
{
    PeriodFigures year;
    year.academicYear = QStringLiteral("2023/24");
    year.suspensions = 10;
    year.headcount = 100;
    PeriodFigures term = year;
    term.term = QStringLiteral("autumn");
    PeriodFigures la = year;
    la.suspensions = 50;
    la.headcount = 1000;
    const std::vector<NationalRate> national{{QStringLiteral("2023/24"), kNationalSuspensionRate, 11.31, {}, 1}};
    const auto rows = comparePeriods({year, term}, {la}, national);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].la.suspensions, 50);
    EXPECT_EQ(figureText(rows[0].suspensionRateAgainstLa()), QStringLiteral("2.00"));
    EXPECT_EQ(rows[0].national.suspensionRate, 11.31);
    EXPECT_EQ(rows[1].la.suspensions, 0); // no LA row for the term
    EXPECT_FALSE(rows[1].la.suspensionRate().has_value());
    EXPECT_FALSE(rows[1].national.suspensionRate.has_value());
}

} // namespace
} // namespace casebook
