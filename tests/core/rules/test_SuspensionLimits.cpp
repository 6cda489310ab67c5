#include "rules/SuspensionLimits.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

// 40 days in 2024/25 across two schools:
//   1: school A, Mon 09/09/2024, 15 days (09/09 - 27/09)
//   2: school A, Mon 07/10/2024, 10 days (07/10 - 21/10; INSET Fri 18/10 skipped)
//   3: school B, Mon 13/01/2025, 15 days (13/01 - 31/01)
std::vector<SuspensionFacts> fortyDays()
{
    return {makeSuspension(1, QDate(2024, 9, 9), 30, kSchoolA), makeSuspension(2, QDate(2024, 10, 7), 20, kSchoolA),
            makeSuspension(3, QDate(2025, 1, 13), 30, kSchoolB)};
}

std::vector<SuspensionFacts> with(std::vector<SuspensionFacts> base, const std::vector<SuspensionFacts>& more)
{
    base.insert(base.end(), more.begin(), more.end());
    return base;
}

TEST(RulesSuspensionLimits, FortyFiveDayLimitAcrossSchools)
{
    struct Case
    {
        const char* note;
        std::vector<SuspensionFacts> suspensions;
        int startYear;
        double days;
        bool breached;
        double remaining;
        qint64 breachingId;
        QDate breachedOn;
        bool estimated;
    };
    SuspensionFacts cancelledOne = makeSuspension(9, QDate(2025, 3, 3), 20, kSchoolB);
    cancelledOne.cancelled = true;
    const Case cases[] = {
        {"40 days", fortyDays(), 2024, 40.0, false, 5.0, 0, QDate(), false},
        // 3 to 7 March 2025 are days 41-45: exactly at the limit is not a breach.
        {"exactly 45", with(fortyDays(), {makeSuspension(4, QDate(2025, 3, 3), 10, kSchoolB)}), 2024, 45.0, false, 0.0,
         0, QDate(), false},
        // The 91st session is Mon 10/03/2025 morning.
        {"45.5 is a breach", with(fortyDays(), {makeSuspension(4, QDate(2025, 3, 3), 11, kSchoolB)}), 2024, 45.5, true,
         0.0, 4, QDate(2025, 3, 10), false},
        {"46 days", with(fortyDays(), {makeSuspension(4, QDate(2025, 3, 3), 12, kSchoolB)}), 2024, 46.0, true, 0.0, 4,
         QDate(2025, 3, 10), false},
        {"a lunchtime after 45 days breaches",
         with(fortyDays(), {makeSuspension(4, QDate(2025, 3, 3), 10, kSchoolB),
                            makeLunchtimeSuspension(5, QDate(2025, 3, 12), 1, kSchoolB)}),
         2024, 45.5, true, 0.0, 5, QDate(2025, 3, 12), false},
        {"a cancelled suspension counts nothing", with(fortyDays(), {cancelledOne}), 2024, 40.0, false, 5.0, 0, QDate(),
         false},
        {"other academic years are left out", with(fortyDays(), {makeSuspension(6, QDate(2025, 9, 10), 20)}), 2024,
         40.0, false, 5.0, 0, QDate(), false},
        {"the next year counts its own days", with(fortyDays(), {makeSuspension(6, QDate(2025, 9, 10), 20)}), 2025,
         10.0, false, 35.0, 0, QDate(), false},
        // Mon 21/07/2025 for 3 days: 21/07 and 22/07 in 2024/25, then Wed 03/09/2025 in 2025/26.
        {"over the summer: 2024/25 share",
         {makeSuspension(7, QDate(2025, 7, 21), 6)},
         2024,
         2.0,
         false,
         43.0,
         0,
         QDate(),
         false},
        {"over the summer: 2025/26 share",
         {makeSuspension(7, QDate(2025, 7, 21), 6)},
         2025,
         1.0,
         false,
         44.0,
         0,
         QDate(),
         false},
        {"unloaded year is estimated",
         {makeSuspension(8, QDate(2026, 9, 7), 4)},
         2026,
         2.0,
         false,
         43.0,
         0,
         QDate(),
         true},
    };
    const CalendarSet calendars(fixtureCalendar());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const YearLimitStatus status = yearLimitStatus(c.suspensions, AcademicYear(c.startYear), calendars);
        EXPECT_DOUBLE_EQ(status.days, c.days);
        EXPECT_EQ(status.limit, 45);
        EXPECT_EQ(status.breached, c.breached);
        EXPECT_DOUBLE_EQ(status.remaining, c.remaining);
        EXPECT_EQ(status.breachingSuspensionId, c.breachingId);
        EXPECT_EQ(status.breachedOn, c.breachedOn);
        EXPECT_EQ(status.estimated, c.estimated);

        const Estimated<double> days =
            suspensionDaysInAcademicYear(c.suspensions, AcademicYear(c.startYear), calendars);
        EXPECT_DOUBLE_EQ(days.value, c.days);
        EXPECT_EQ(days.estimated, c.estimated);
    }
}

} // namespace
