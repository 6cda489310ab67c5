#include "CalendarFixture.h"

#include "history/YearlyFigures.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// 2024/25 and 2025/26 term dates are in the fixture calendar.
SuspensionFacts suspension(qint64 id, qint64 school, QDate firstDay, int sessions)
{
    SuspensionFacts s;
    s.id = id;
    s.schoolId = school;
    s.firstDay = firstDay;
    s.sessions = sessions;
    return s;
}

ExclusionFacts exclusion(qint64 id, qint64 school, QDate decision)
{
    ExclusionFacts x;
    x.id = id;
    x.schoolId = school;
    x.decisionDate = decision;
    x.effectiveDate = decision;
    return x;
}

const QDate kAsOf(2026, 3, 2);

TEST(YearlyFigures, NoRecordsGiveNoYears)
{
    EXPECT_TRUE(yearlyFigures({}, {}, {}, {}, CalendarSet(fixtureCalendar()), kAsOf).empty());
}

TEST(YearlyFigures, LunchtimeSuspensionCountsHalfADay)
{
    SuspensionFacts lunch = suspension(1, 10, QDate(2024, 9, 9), 1);
    lunch.lunchtime = true;
    const auto years = yearlyFigures({lunch}, {}, {}, {}, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 1u);
    EXPECT_EQ(years[0].year, AcademicYear(2024));
    EXPECT_EQ(years[0].suspensions, 1);
    EXPECT_DOUBLE_EQ(years[0].suspensionDays, 0.5);
    EXPECT_FALSE(years[0].daysEstimated);
    EXPECT_EQ(years[0].schoolIds, std::vector<qint64>{10});
}

TEST(YearlyFigures, SessionsRunOverTheWeekendAndCancellationsCountOnlyDaysServed)
{
    // Friday 06/09/2024, 3 sessions: Friday and Monday morning = 1.5 days.
    const SuspensionFacts friday = suspension(1, 10, QDate(2024, 9, 6), 3);
    // 10 sessions from Monday 16/09/2024, cancelled from Wednesday: Monday and Tuesday = 2 days.
    SuspensionFacts cancelled = suspension(2, 10, QDate(2024, 9, 16), 10);
    cancelled.cancelled = true;
    cancelled.cancelledFrom = QDate(2024, 9, 18);
    // Cancelled before it began: counts nothing and is not a suspension served.
    SuspensionFacts never = suspension(3, 10, QDate(2024, 10, 7), 4);
    never.cancelled = true;
    const auto years = yearlyFigures({friday, cancelled, never}, {}, {}, {}, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 1u);
    EXPECT_EQ(years[0].suspensions, 2);
    EXPECT_DOUBLE_EQ(years[0].suspensionDays, 3.5);
}

TEST(YearlyFigures, ReasonsAreCountedMostFrequentFirst)
{
    const std::map<qint64, QStringList> reasons = {
        {1, {QStringLiteral("VA"), QStringLiteral("DB")}},
        {2, {QStringLiteral("DB")}},
        {3, {QStringLiteral("PA")}},
    };
    const auto years = yearlyFigures({suspension(1, 10, QDate(2024, 9, 9), 2), suspension(2, 10, QDate(2024, 11, 4), 2),
                                      suspension(3, 10, QDate(2025, 1, 6), 2)},
                                     reasons, {}, {}, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 1u);
    const std::vector<std::pair<QString, int>> expected = {
        {QStringLiteral("DB"), 2}, {QStringLiteral("PA"), 1}, {QStringLiteral("VA"), 1}};
    EXPECT_EQ(years[0].reasons, expected);
}

TEST(YearlyFigures, YearWithOnlyAnEnrolmentShowsZeroSuspensions)
{
    const std::vector<EnrolmentSpan> onRoll = {{10, QDate(2024, 9, 3), QDate()}};
    const auto years =
        yearlyFigures({suspension(1, 10, QDate(2025, 9, 8), 2)}, {}, {}, onRoll, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].year, AcademicYear(2024));
    EXPECT_EQ(years[0].suspensions, 0);
    EXPECT_DOUBLE_EQ(years[0].suspensionDays, 0.0);
    EXPECT_TRUE(years[0].reasons.empty());
    EXPECT_EQ(years[0].schoolIds, std::vector<qint64>{10});
    EXPECT_EQ(years[1].year, AcademicYear(2025));
    EXPECT_EQ(years[1].suspensions, 1);
    EXPECT_DOUBLE_EQ(years[1].suspensionDays, 1.0);
}

TEST(YearlyFigures, PupilAtTwoSchoolsInOneYearListsBoth)
{
    const std::vector<EnrolmentSpan> onRoll = {{20, QDate(2024, 9, 3), QDate(2025, 1, 10)},
                                               {10, QDate(2025, 1, 13), QDate()}};
    const auto years = yearlyFigures({}, {}, {}, onRoll, CalendarSet(fixtureCalendar()), QDate(2025, 3, 1));
    ASSERT_EQ(years.size(), 1u);
    EXPECT_EQ(years[0].schoolIds, (std::vector<qint64>{10, 20}));
}

TEST(YearlyFigures, OpenEnrolmentRunsToTheDayAskedAbout)
{
    const std::vector<EnrolmentSpan> onRoll = {{10, QDate(2023, 9, 4), QDate()}};
    const auto years = yearlyFigures({}, {}, {}, onRoll, CalendarSet(fixtureCalendar()), QDate(2025, 10, 1));
    ASSERT_EQ(years.size(), 3u);
    EXPECT_EQ(years[0].year, AcademicYear(2023));
    EXPECT_EQ(years[2].year, AcademicYear(2025));
}

TEST(YearlyFigures, PermanentExclusionsCountInTheYearOfTheDecisionUnlessWithdrawn)
{
    ExclusionFacts withdrawn = exclusion(2, 20, QDate(2024, 10, 1));
    withdrawn.withdrawn = true;
    const auto years =
        yearlyFigures({suspension(1, 10, QDate(2024, 9, 9), 2)}, {}, {exclusion(1, 10, QDate(2025, 11, 3)), withdrawn},
                      {}, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].year, AcademicYear(2024));
    EXPECT_EQ(years[0].permanentExclusions, 0);
    EXPECT_EQ(years[0].schoolIds, (std::vector<qint64>{10, 20}));
    EXPECT_EQ(years[1].year, AcademicYear(2025));
    EXPECT_EQ(years[1].permanentExclusions, 1);
    EXPECT_EQ(years[1].suspensions, 0);
}

TEST(YearlyFigures, DaysInAYearWithoutTermDatesAreEstimated)
{
    const auto years =
        yearlyFigures({suspension(1, 10, QDate(2023, 10, 2), 2)}, {}, {}, {}, CalendarSet(fixtureCalendar()), kAsOf);
    ASSERT_EQ(years.size(), 1u);
    EXPECT_EQ(years[0].year, AcademicYear(2023));
    EXPECT_TRUE(years[0].daysEstimated);
}

} // namespace
} // namespace casebook::test
