#include "QtPrinters.h"

#include "calendar/SchoolCalendar.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTermDates.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace casebook::demo {
namespace {

bool hasBankHoliday(int year, QDate d)
{
    const auto days = englandBankHolidays(year);
    return std::any_of(days.begin(), days.end(), [&](const NonSchoolPeriod& p) { return p.from == d; });
}

TEST(DemoTermDates, EasterIsComputed)
{
    EXPECT_EQ(easterSunday(2019), QDate(2019, 4, 21));
    EXPECT_EQ(easterSunday(2024), QDate(2024, 3, 31));
    EXPECT_EQ(easterSunday(2025), QDate(2025, 4, 20));
    EXPECT_EQ(easterSunday(2038), QDate(2038, 4, 25));
    EXPECT_EQ(easterSunday(2008), QDate(2008, 3, 23));
}

TEST(DemoTermDates, BankHolidaysIncludeSubstitutesAndOneOffs)
{
    EXPECT_TRUE(hasBankHoliday(2022, QDate(2022, 1, 3)));   // New Year's Day on a Saturday
    EXPECT_TRUE(hasBankHoliday(2022, QDate(2022, 6, 2)));   // moved spring bank holiday
    EXPECT_TRUE(hasBankHoliday(2022, QDate(2022, 6, 3)));   // Platinum Jubilee
    EXPECT_TRUE(hasBankHoliday(2022, QDate(2022, 9, 19)));  // state funeral
    EXPECT_TRUE(hasBankHoliday(2022, QDate(2022, 12, 27))); // Christmas Day on a Sunday
    EXPECT_TRUE(hasBankHoliday(2023, QDate(2023, 5, 8)));   // coronation
    EXPECT_TRUE(hasBankHoliday(2020, QDate(2020, 5, 8)));   // VE Day
    EXPECT_FALSE(hasBankHoliday(2020, QDate(2020, 5, 4)));
    EXPECT_TRUE(hasBankHoliday(2025, QDate(2025, 4, 18))); // Good Friday
    EXPECT_TRUE(hasBankHoliday(2025, QDate(2025, 8, 25))); // summer bank holiday
    EXPECT_EQ(englandBankHolidays(2025).size(), 8u);
}

TEST(DemoTermDates, FollowTheEnglishPattern)
{
    const DemoTermYear y = demoTermYear(AcademicYear(2024));
    EXPECT_EQ(y.terms[0].firstDay, QDate(2024, 9, 3)); // Tuesday, an INSET day
    EXPECT_EQ(y.terms[0].lastDay, QDate(2024, 12, 20));
    EXPECT_EQ(y.terms[1].firstDay, QDate(2025, 1, 6));
    EXPECT_EQ(y.terms[1].lastDay, QDate(2025, 4, 4)); // late Easter: the first fortnight of April off
    EXPECT_EQ(y.terms[2].firstDay, QDate(2025, 4, 22));
    EXPECT_EQ(y.terms[2].lastDay, QDate(2025, 7, 22));
    EXPECT_EQ(y.year11ExamsEnd, QDate(2025, 6, 24));
    EXPECT_EQ(y.censusDay, QDate(2025, 1, 16));
    const auto has = [&](NonSchoolKind kind, QDate from) {
        return std::any_of(y.periods.begin(), y.periods.end(),
                           [&](const NonSchoolPeriod& p) { return p.kind == kind && p.from == from; });
    };
    EXPECT_TRUE(has(NonSchoolKind::HalfTerm, QDate(2024, 10, 28)));
    EXPECT_TRUE(has(NonSchoolKind::HalfTerm, QDate(2025, 2, 17)));
    EXPECT_TRUE(has(NonSchoolKind::HalfTerm, QDate(2025, 5, 26)));
    EXPECT_TRUE(has(NonSchoolKind::Inset, QDate(2024, 9, 3)));

    const DemoTermYear early = demoTermYear(AcademicYear(2023)); // Easter 31 March 2024
    EXPECT_EQ(early.terms[1].lastDay, QDate(2024, 3, 28));
    EXPECT_EQ(early.terms[2].firstDay, QDate(2024, 4, 15));
}

TEST(DemoCalendar, PupilsHaveOneHundredAndNinetyDaysAYear)
{
    Result<DemoCalendar> made = DemoCalendar::create(AcademicYear(2010), AcademicYear(2035));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    DemoCalendar calendar = made.value();
    DemoRandom random(4);
    calendar.makeClosures(10, random);
    for (int i = 0; i < calendar.yearCount(); ++i) {
        const auto& year = calendar.year(i);
        const std::string label = year.published.year.label().toStdString();
        // The LA's calendar: at most 195 days open, two of them INSET days.
        EXPECT_GE(year.days.size(), 190u) << label;
        EXPECT_LE(year.days.size(), 193u) << label;
        for (qint64 jd : year.days) {
            ASSERT_TRUE(calendar.la().isSchoolDay(QDate::fromJulianDay(jd)));
        }
        // Each school's own INSET days bring it to 190 (a snow day or a polling station may take one more).
        for (int school = 0; school < 10; ++school) {
            const int days = calendar.schoolDaysIn(school, year.firstDay, year.lastDay);
            EXPECT_GE(days, 188) << label;
            EXPECT_LE(days, 190) << label;
        }
    }
}

TEST(DemoCalendar, SchoolClosuresAreNotSchoolDaysAtThatSchoolOnly)
{
    Result<DemoCalendar> made = DemoCalendar::create(AcademicYear(2023), AcademicYear(2024));
    ASSERT_TRUE(made.ok());
    DemoCalendar calendar = made.value();
    DemoRandom random(9);
    calendar.makeClosures(20, random);
    ASSERT_FALSE(calendar.closures().empty());
    for (const DemoCalendar::Closure& c : calendar.closures()) {
        EXPECT_FALSE(calendar.isSchoolDay(c.school, c.period.from));
        EXPECT_TRUE(calendar.la().isSchoolDay(c.period.from));
        const QDate next = calendar.schoolDayOnOrAfter(c.school, c.period.from);
        EXPECT_GT(next, c.period.from);
    }
}

} // namespace
} // namespace casebook::demo
