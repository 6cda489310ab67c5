#include "AnalyticsFixture.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/BreakdownRepository.h"
#include "analytics/ComparisonRepository.h"
#include "analytics/ReferenceRatesRepository.h"
#include "analytics/SchoolFiguresRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using AnalyticsCacheTest = AnalyticsFixture;

const Period kYear{QStringLiteral("2024/25"), {}};

const PeriodFigures& yearRow(const std::vector<PeriodFigures>& rows)
{
    return rows.back(); // 2023/24, then 2024/25
}

const GroupFigures* group(const std::vector<GroupFigures>& rows, const QString& dimension, const QString& value)
{
    for (const GroupFigures& g : rows) {
        if (g.dimension == dimension && g.group == value) {
            return &g;
        }
    }
    return nullptr;
}

TEST_F(AnalyticsCacheTest, TheDataStampMovesOnAWriteAndNotOnARead)
{
    auto before = db().dataStamp();
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    EXPECT_FALSE(before->isEmpty());
    ASSERT_TRUE(SchoolFiguresRepository(db()).laTrend(Granularity::Year).ok());
    EXPECT_EQ(db().dataStamp().value(), before.value());
    suspension(m_cal, m_south, QStringLiteral("2025-03-04"), 2, {});
    EXPECT_NE(db().dataStamp().value(), before.value());
}

TEST_F(AnalyticsCacheTest, ASecondCallIsServedFromMemoryWithTheSameFigures)
{
    AnalyticsCache cache(db());
    auto first = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(cache.counters().computed, 1);
    EXPECT_EQ(cache.counters().hits, 0);
    auto second = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(cache.counters().computed, 1);
    EXPECT_EQ(cache.counters().hits, 1);
    EXPECT_EQ(yearRow(*second).suspensions, 8);
    EXPECT_EQ(yearRow(*second).pupilsSuspended, 5);
    EXPECT_EQ(yearRow(*second).headcount, 700);

    // Another granularity or filter is another result.
    auto riverside = cache.laTrend(Granularity::Year, SchoolFilter{{}, QStringLiteral("Riverside"), {}});
    ASSERT_TRUE(riverside.ok());
    EXPECT_EQ(cache.counters().computed, 2);
    EXPECT_EQ(yearRow(*riverside).headcount, 500); // North and East
    auto terms = cache.laTrend(Granularity::Term);
    ASSERT_TRUE(terms.ok());
    EXPECT_EQ(terms->size(), 4u);
    EXPECT_EQ(cache.counters().computed, 3);
}

TEST_F(AnalyticsCacheTest, AWriteToSuspensionsOrExclusionsMakesTheNextCallRecompute)
{
    AnalyticsCache cache(db());
    ASSERT_TRUE(cache.laTrend(Granularity::Year).ok());
    suspension(m_cal, m_south, QStringLiteral("2025-03-04"), 2, {QStringLiteral("DB")});
    auto after = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(cache.counters().computed, 2);
    EXPECT_EQ(yearRow(*after).suspensions, 9);
    EXPECT_EQ(yearRow(*after).sessions, 107);

    exclusion(m_ann, m_north, QStringLiteral("2025-06-02"), {QStringLiteral("DB")});
    auto excluded = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(excluded.ok());
    EXPECT_EQ(yearRow(*excluded).permanentExclusions, 3);
    EXPECT_EQ(cache.counters().computed, 3);
}

TEST_F(AnalyticsCacheTest, ACensusRollChangedThroughAnotherConnectionIsSeen)
{
    AnalyticsCache cache(db());
    auto before = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(yearRow(*before).headcount, 700);
    {
        auto other = Database::open(path());
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        QSqlQuery q(other.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE school_rolls SET headcount = 500 WHERE school_id = %1 AND "
                                          "academic_year = '2024/25'")
                               .arg(m_north)));
    }
    auto after = cache.laTrend(Granularity::Year);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(cache.counters().computed, 2);
    EXPECT_EQ(yearRow(*after).headcount, 800);
}

TEST_F(AnalyticsCacheTest, CharacteristicsShareTheYearsPopulationAndFollowEnrolments)
{
    AnalyticsCache cache(db());
    auto year = cache.laCharacteristics(kYear);
    ASSERT_TRUE(year.ok()) << year.error().message.toStdString();
    const GroupFigures* female = group(*year, kBySex, QStringLiteral("F"));
    ASSERT_NE(female, nullptr);
    EXPECT_EQ(female->pupils, 4); // Ann, Eve and Fay at North, Dee at East on census day

    // The same figures as the repository gives.
    auto direct = BreakdownRepository(db()).characteristics(Scope::la(), kYear);
    ASSERT_TRUE(direct.ok());
    ASSERT_EQ(direct->size(), year->size());
    for (size_t i = 0; i < year->size(); ++i) {
        EXPECT_EQ(direct->at(i).group, year->at(i).group);
        EXPECT_EQ(direct->at(i).pupils, year->at(i).pupils);
        EXPECT_EQ(direct->at(i).suspensions, year->at(i).suspensions);
        EXPECT_EQ(direct->at(i).permanentExclusions, year->at(i).permanentExclusions);
    }

    ASSERT_TRUE(cache.laCharacteristics(kYear).ok());
    EXPECT_EQ(cache.counters().hits, 1);
    auto spring = cache.laCharacteristics(Period{QStringLiteral("2024/25"), QStringLiteral("spring")});
    ASSERT_TRUE(spring.ok());
    EXPECT_EQ(cache.counters().computed, 2);
    EXPECT_EQ(cache.counters().populations, 1); // the spring term reused the year's census-day population
    EXPECT_EQ(group(*spring, kBySex, QStringLiteral("F"))->pupils, 4);

    // A new pupil on roll on census day changes the denominators.
    const qint64 ida = pupil(QStringLiteral("Ida"), QStringLiteral("F"), QStringLiteral("2010-05-05"));
    enrol(ida, m_south, QStringLiteral("2024-09-01"));
    auto after = cache.laCharacteristics(kYear);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(cache.counters().populations, 2);
    EXPECT_EQ(group(*after, kBySex, QStringLiteral("F"))->pupils, 5);
}

TEST_F(AnalyticsCacheTest, NationalRatesAndTheComparisonFollowEdits)
{
    AnalyticsCache cache(db());
    auto rates = cache.nationalRates();
    ASSERT_TRUE(rates.ok()) << rates.error().message.toStdString();
    const size_t seeded = rates->size();
    auto compared = cache.schoolAgainstLa(m_north, Granularity::Year);
    ASSERT_TRUE(compared.ok()) << compared.error().message.toStdString();
    EXPECT_EQ(cache.counters().hits, 1); // the national rates; the LA trend was computed
    ASSERT_EQ(compared->size(), 2u);
    EXPECT_FALSE(compared->back().national.suspensionRate.has_value());

    // The same answer as the repository.
    auto direct = ComparisonRepository(db()).schoolAgainstLa(m_north, Granularity::Year);
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct->back().suspensionRateAgainstLa(), compared->back().suspensionRateAgainstLa());

    NationalRate rate{QStringLiteral("2024/25"), kNationalSuspensionRate, 10.5, QStringLiteral("DfE"), 0};
    ASSERT_TRUE(ReferenceRatesRepository(db()).save(rate).ok());
    auto edited = cache.nationalRates();
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->size(), seeded + 1);
    auto comparedAfter = cache.schoolAgainstLa(m_north, Granularity::Year);
    ASSERT_TRUE(comparedAfter.ok());
    EXPECT_EQ(comparedAfter->back().national.suspensionRate, 10.5);
}

} // namespace
} // namespace casebook::test
