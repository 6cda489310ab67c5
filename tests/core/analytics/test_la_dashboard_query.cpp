#include "AnalyticsFixture.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/LaDashboardQuery.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class LaDashboardQueryTest : public AnalyticsFixture
{
protected:
    const LaSchoolRow* row(const LaDashboardData& data, qint64 schoolId)
    {
        for (const LaSchoolRow& r : data.schools) {
            if (r.year.schoolId == schoolId) {
                return &r;
            }
        }
        return nullptr;
    }
};

TEST_F(LaDashboardQueryTest, EverySchoolWithItsYearSparklineAndFlags)
{
    auto loaded = LaDashboardQuery(db()).load(QStringLiteral("2024/25"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const LaDashboardData& data = loaded.value();
    ASSERT_EQ(data.schools.size(), 3u);
    EXPECT_EQ(data.schools[0].year.schoolName, QStringLiteral("East")); // by name
    // The sparkline covers the years held up to the chosen one: 2023/24 (summer only) and 2024/25.
    EXPECT_EQ(data.sparklineYears, (QStringList{QStringLiteral("2023/24"), QStringLiteral("2024/25")}));

    const LaSchoolRow* north = row(data, m_north);
    ASSERT_NE(north, nullptr);
    EXPECT_EQ(north->locality, QStringLiteral("Riverside"));
    EXPECT_EQ(north->phase, QStringLiteral("secondary"));
    EXPECT_EQ(north->year.suspensions, 5);
    EXPECT_EQ(north->year.permanentExclusions, 1);
    ASSERT_EQ(north->terms.size(), 4u); // 2023/24 summer and the three terms of 2024/25
    EXPECT_EQ(north->terms[0].academicYear, QStringLiteral("2023/24"));
    EXPECT_EQ(north->terms[0].suspensions, 1);
    EXPECT_EQ(north->terms[1].suspensions, 3);  // 2024/25 autumn
    EXPECT_EQ(north->terms[2].suspensions, 2);  // spring
    EXPECT_EQ(north->repeat.pupilsRepeated, 1); // Ann, three suspensions
    // Three unexplained Year 10/11 exits of 150 (2 per 100) against the LA's 4 of 550: flagged. One EHE
    // registration after a suspension is too few pupils to flag.
    EXPECT_EQ(north->offRolling.unexplainedExits, 3);
    EXPECT_TRUE(north->offRolling.exitsFlagged);
    EXPECT_FALSE(north->offRolling.eheFlagged);
    EXPECT_EQ(data.flaggedSchools(), 1);

    const LaSchoolRow* south = row(data, m_south);
    ASSERT_NE(south, nullptr);
    EXPECT_EQ(south->repeat.pupilsRepeated, 0);
    EXPECT_FALSE(south->offRolling.exitsFlagged);

    ASSERT_TRUE(data.laYear.has_value());
    EXPECT_EQ(data.laYear->suspensions, 5 + 2 + 1); // North, South (Cal, Ben), East (November only)
    EXPECT_EQ(data.laYear->headcount, std::optional<qint64>(700));
    EXPECT_EQ(data.laOffRolling.unexplainedExits, 4);
    EXPECT_EQ(data.laRepeat.pupilsRepeated, 1);
}

TEST_F(LaDashboardQueryTest, TheFilterChoosesTheSchoolsAndTheLaFigures)
{
    SchoolFilter riverside;
    riverside.locality = QStringLiteral("Riverside");
    auto loaded = LaDashboardQuery(db()).load(QStringLiteral("2024/25"), riverside);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded.value().schools.size(), 2u);
    EXPECT_EQ(row(loaded.value(), m_south), nullptr);
    ASSERT_TRUE(loaded.value().laYear.has_value());
    EXPECT_EQ(loaded.value().laYear->headcount, std::optional<qint64>(500)); // North 400 + East 100
    EXPECT_EQ(loaded.value().laYear->suspensions, 6);
}

TEST_F(LaDashboardQueryTest, WithACacheTheSecondLoadReusesTheLaTrendUntilDataChanges)
{
    AnalyticsCache cache(db());
    LaDashboardQuery query(db(), &cache);
    auto first = query.load(QStringLiteral("2024/25"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    const int computed = cache.counters().computed;
    EXPECT_GT(computed, 0);
    auto second = query.load(QStringLiteral("2024/25"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(cache.counters().computed, computed); // nothing recomputed
    EXPECT_EQ(second.value().laYear->suspensions, first.value().laYear->suspensions);

    suspension(m_cal, m_south, QStringLiteral("2025-03-04"), 2, {QStringLiteral("DM")});
    auto third = query.load(QStringLiteral("2024/25"));
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third.value().laYear->suspensions, first.value().laYear->suspensions + 1);
}

TEST_F(LaDashboardQueryTest, TheLaTrendCanBeLeftForLaterAndAddedAfterwards)
{
    AnalyticsCache cache(db());
    LaDashboardQuery query(db(), &cache);
    auto without = query.load(QStringLiteral("2024/25"), {}, false);
    ASSERT_TRUE(without.ok()) << without.error().message.toStdString();
    LaDashboardData data = without.value();
    EXPECT_TRUE(data.laTrendPending);
    EXPECT_TRUE(data.laYears.empty());
    EXPECT_FALSE(data.laYear.has_value());
    EXPECT_EQ(data.schools.size(), 3u); // the ranking is all there

    auto trend = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(trend.ok());
    setLaTrend(data, trend.value());
    EXPECT_FALSE(data.laTrendPending);
    ASSERT_TRUE(data.laYear.has_value());
    EXPECT_EQ(data.laYear->suspensions, 8);

    // Once the cache holds it, a load that would leave it out takes it from there.
    auto again = query.load(QStringLiteral("2024/25"), {}, false);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().laTrendPending);
    ASSERT_TRUE(again.value().laYear.has_value());
    EXPECT_EQ(again.value().laYear->suspensions, 8);
}

TEST_F(LaDashboardQueryTest, ChoicesComeFromTheDataHeld)
{
    auto choices = LaDashboardQuery(db()).choices();
    ASSERT_TRUE(choices.ok()) << choices.error().message.toStdString();
    EXPECT_EQ(choices.value().academicYears, (QStringList{QStringLiteral("2024/25"), QStringLiteral("2023/24")}));
    EXPECT_EQ(choices.value().localities, (QStringList{QStringLiteral("Hillside"), QStringLiteral("Riverside")}));
    EXPECT_TRUE(choices.value().trusts.isEmpty());
    ASSERT_EQ(choices.value().phases.size(), 1u);
    EXPECT_EQ(choices.value().phases[0].second, QStringLiteral("secondary"));
}

} // namespace
} // namespace casebook::test
