#include "AnalyticsFixture.h"

#include "analytics/SchoolDashboardQuery.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using SchoolDashboardQueryTest = AnalyticsFixture;

const QString k2324 = QStringLiteral("2023/24");
const QString k2425 = QStringLiteral("2024/25");

TEST_F(SchoolDashboardQueryTest, TermTrendBesideTheLaWithTheNoRollTermKept)
{
    auto d = loadSchoolDashboard(db(), {m_north, {}, {}, Granularity::Term});
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->schoolName, QStringLiteral("North"));
    EXPECT_EQ(d->availableYears, (QStringList{k2324, k2425}));
    EXPECT_EQ(d->firstYear, k2324);
    EXPECT_EQ(d->lastYear, k2425);
    ASSERT_EQ(d->trend.size(), 4u); // 2023/24 summer and the three terms of 2024/25
    const ComparedPeriod& noRoll = d->trend.at(0);
    EXPECT_EQ(noRoll.school.term, QStringLiteral("summer"));
    EXPECT_EQ(noRoll.school.rollState(), RollState::NoRoll);
    EXPECT_EQ(noRoll.school.suspensions, 1);
    EXPECT_FALSE(noRoll.school.suspensionRate().has_value());
    const ComparedPeriod& autumn = d->trend.at(1);
    EXPECT_EQ(autumn.school.term, QStringLiteral("autumn"));
    EXPECT_EQ(autumn.school.suspensions, 3);
    EXPECT_DOUBLE_EQ(autumn.school.suspensionRate().value(), 0.75);
    EXPECT_EQ(autumn.la.term, QStringLiteral("autumn"));
    EXPECT_EQ(autumn.la.suspensions, 5);                      // North 3, South 1 (Cal), East 1 (after it opened)
    EXPECT_FALSE(autumn.national.suspensionRate.has_value()); // annual rates are not set beside terms

    // The strip is the last year whole, even when the trend is per term.
    const ComparedPeriod& strip = d->lastYearFigures;
    EXPECT_TRUE(strip.school.term.isEmpty());
    EXPECT_EQ(strip.school.suspensions, 5);
    EXPECT_EQ(strip.school.pupilsSuspended, 3);
    EXPECT_DOUBLE_EQ(strip.school.daysLost(), 8.0);
    EXPECT_EQ(strip.school.permanentExclusions, 1);
    EXPECT_DOUBLE_EQ(strip.school.suspensionRate().value(), 1.25);
    EXPECT_EQ(strip.la.suspensions, 8);
    EXPECT_EQ(strip.la.headcount.value_or(0), 700);
}

TEST_F(SchoolDashboardQueryTest, YearTrendInARangeCarriesTheNationalRates)
{
    auto d = loadSchoolDashboard(db(), {m_north, k2324, k2324, Granularity::Year});
    ASSERT_TRUE(d) << d.error().message.toStdString();
    ASSERT_EQ(d->trend.size(), 1u);
    EXPECT_EQ(d->trend.at(0).school.academicYear, k2324);
    EXPECT_EQ(d->trend.at(0).national.suspensionRate, 11.31);
    EXPECT_EQ(d->lastYearFigures.school.academicYear, k2324);
    EXPECT_EQ(d->lastYearFigures.school.suspensions, 1);
    EXPECT_EQ(d->lastYearFigures.national.suspensionRate, 11.31);
}

TEST_F(SchoolDashboardQueryTest, BreakdownsRepeatAndPipAreForTheLastYear)
{
    auto d = loadSchoolDashboard(db(), {m_north, k2324, k2425, Granularity::Term});
    ASSERT_TRUE(d) << d.error().message.toStdString();

    // Reasons at North in 2024/25: DB 4, VA 2, PP 1 of 7 given for suspensions; PA for Ben's exclusion.
    ASSERT_FALSE(d->reasons.empty());
    EXPECT_EQ(d->reasons.front().kind, QStringLiteral("suspension"));
    EXPECT_EQ(d->reasons.front().code, QStringLiteral("DB"));
    EXPECT_EQ(d->reasons.front().reasons, 4);
    EXPECT_EQ(d->reasons.front().totalReasons, 7);
    const bool laHasSouthsReason = std::any_of(d->laReasons.begin(), d->laReasons.end(),
                                               [](const ReasonShare& r) { return r.code == QStringLiteral("DM"); });
    EXPECT_TRUE(laHasSouthsReason);

    // Year groups apart from the other characteristics.
    for (const GroupFigures& g : d->characteristics) {
        EXPECT_NE(g.dimension, kByYearGroup);
    }
    EXPECT_FALSE(d->laCharacteristics.empty());
    auto year10 = std::find_if(d->yearGroups.begin(), d->yearGroups.end(),
                               [](const GroupFigures& g) { return g.group == QStringLiteral("10"); });
    ASSERT_NE(year10, d->yearGroups.end());
    EXPECT_EQ(year10->pupils, 80);
    EXPECT_EQ(year10->suspensions, 3); // Ann
    EXPECT_DOUBLE_EQ(year10->suspensionRate.value(), 3.75);
    EXPECT_FALSE(d->laYearGroups.empty());

    EXPECT_EQ(d->repeat.schoolId, m_north);
    EXPECT_EQ(d->repeat.pupilsRepeated, 1);  // Ann, three suspensions
    EXPECT_EQ(d->repeat.pupilsOverLimit, 1); // Ben, 92 sessions across two schools
    EXPECT_EQ(d->laRepeat.schoolId, 0);

    EXPECT_EQ(d->pip.referrals, 2); // Ben's (decided) and Ann's (withdrawn)
    EXPECT_EQ(d->pip.withdrawn, 1);
    EXPECT_EQ(d->pip.decided, 1);
    EXPECT_EQ(d->laPip.referrals, 3); // and Cal's at South; the voided one does not count
}

TEST_F(SchoolDashboardQueryTest, AnUnknownSchoolIsAnErrorNamingIt)
{
    auto d = loadSchoolDashboard(db(), {987654, {}, {}, Granularity::Term});
    ASSERT_FALSE(d);
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("987654"))) << d.error().message.toStdString();
}

TEST(SchoolDashboardRange, ResolvesEmptyAndUnknownEnds)
{
    const QStringList years{QStringLiteral("2020/21"), QStringLiteral("2021/22"), QStringLiteral("2022/23"),
                            QStringLiteral("2023/24"), QStringLiteral("2024/25")};
    using Range = std::pair<QString, QString>;
    EXPECT_EQ(resolveYearRange(years, {}, {}), Range(QStringLiteral("2022/23"), QStringLiteral("2024/25")));
    EXPECT_EQ(resolveYearRange(years, {}, QStringLiteral("2021/22")),
              Range(QStringLiteral("2020/21"), QStringLiteral("2021/22")));
    EXPECT_EQ(resolveYearRange(years, QStringLiteral("2024/25"), QStringLiteral("2021/22")),
              Range(QStringLiteral("2021/22"), QStringLiteral("2024/25")));
    EXPECT_EQ(resolveYearRange(years, QStringLiteral("1999/00"), QStringLiteral("2030/31")),
              Range(QStringLiteral("2022/23"), QStringLiteral("2024/25")));
    EXPECT_EQ(resolveYearRange({}, {}, {}), Range());
}

} // namespace
} // namespace casebook::test
