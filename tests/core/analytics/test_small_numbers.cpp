#include "TempDatabase.h"

#include "analytics/SmallNumbers.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

struct CountCase
{
    const char* name;
    bool enabled;
    int threshold;
    qint64 count;
    const char* expected;
};

void PrintTo(const CountCase& c, std::ostream* os)
{
    *os << c.name;
}

class CountTextTest : public ::testing::TestWithParam<CountCase>
{};

TEST_P(CountTextTest, ShowsOrHidesTheCount)
{
    const CountCase& c = GetParam();
    EXPECT_EQ(countText(c.count, SmallNumberPolicy{c.enabled, c.threshold}), QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    SmallNumbers, CountTextTest,
    ::testing::Values(CountCase{"offShowsOne", false, 5, 1, "1"}, CountCase{"zeroStaysZero", true, 5, 0, "0"},
                      CountCase{"oneHidden", true, 5, 1, "fewer than 5"},
                      CountCase{"fourHidden", true, 5, 4, "fewer than 5"}, CountCase{"fiveShown", true, 5, 5, "5"},
                      CountCase{"thresholdInTheText", true, 10, 7, "fewer than 10"},
                      CountCase{"largeShown", true, 10, 1234, "1234"}),
    [](const ::testing::TestParamInfo<CountCase>& param) { return std::string(param.param.name); });

TEST(SmallNumbers, ARateFromAHiddenCountIsNotShown)
{
    const SmallNumberPolicy on{true, 5};
    EXPECT_EQ(figureText(std::optional<double>(0.75), 3, on), QStringLiteral("not shown"));
    EXPECT_EQ(figureText(std::optional<double>(1.25), 5, on), QStringLiteral("1.25"));
    EXPECT_EQ(figureText(std::optional<double>(0.0), 0, on), QStringLiteral("0.00"));
    EXPECT_EQ(figureText(std::optional<double>(0.75), 3, SmallNumberPolicy{}), QStringLiteral("0.75"));
    // No roll stays "no roll" even when the count is small: there is no rate to hide.
    EXPECT_EQ(figureText(std::nullopt, 3, on), QStringLiteral("no roll"));
    EXPECT_FALSE(shownFigure(0.75, 3, on).has_value());
    EXPECT_DOUBLE_EQ(*shownFigure(0.75, 3, SmallNumberPolicy{}), 0.75);
    EXPECT_DOUBLE_EQ(*shownFigure(0.0, 0, on), 0.0);
}

class SmallNumberSettingsTest : public DatabaseTest
{};

TEST_F(SmallNumberSettingsTest, DefaultsToOffAndFive)
{
    const SmallNumberPolicy policy = loadSmallNumberPolicy(db());
    EXPECT_FALSE(policy.enabled);
    EXPECT_EQ(policy.threshold, 5);
}

TEST_F(SmallNumberSettingsTest, SavesAndLoadsBoth)
{
    ASSERT_TRUE(saveSmallNumberPolicy(db(), SmallNumberPolicy{true, 10}));
    const SmallNumberPolicy policy = loadSmallNumberPolicy(db());
    EXPECT_TRUE(policy.enabled);
    EXPECT_EQ(policy.threshold, 10);
}

TEST_F(SmallNumberSettingsTest, RefusesAThresholdOutOfRangeAndKeepsTheStoredOne)
{
    ASSERT_TRUE(saveSmallNumberPolicy(db(), SmallNumberPolicy{true, 6}));
    const Status refused = saveSmallNumberPolicy(db(), SmallNumberPolicy{false, 1});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("threshold"))) << refused.error().message.toStdString();
    EXPECT_TRUE(loadSmallNumberPolicy(db()).enabled);
    EXPECT_EQ(loadSmallNumberPolicy(db()).threshold, 6);
}

TEST_F(SmallNumberSettingsTest, AnUnreadableStoredThresholdFallsBackToFive)
{
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('small_numbers_threshold', 'many')")));
    EXPECT_EQ(loadSmallNumberPolicy(db()).threshold, 5);
}

} // namespace
} // namespace casebook::test
