#include "calendar/NationalCurriculumYear.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

TEST(CalendarNcYear, YearFromDateOfBirth)
{
    struct Case
    {
        QDate dateOfBirth;
        QDate onDate;
        int ncYear;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2012, 9, 1), QDate(2024, 9, 1), 7, "oldest in the Year 7 cohort of 2024/25"},
        {QDate(2013, 8, 31), QDate(2025, 7, 22), 7, "youngest in the same cohort, end of the year"},
        {QDate(2013, 9, 1), QDate(2025, 1, 10), 6, "born a day later: a year below"},
        {QDate(2012, 8, 31), QDate(2024, 10, 1), 8, "born a day earlier: a year above"},
        {QDate(2013, 8, 31), QDate(2025, 9, 1), 8, "moves up on 1 September"},
        {QDate(2019, 9, 1), QDate(2024, 10, 1), 0, "Reception"},
        {QDate(2020, 3, 10), QDate(2024, 10, 1), 0, "born spring 2020: Reception in 2024/25"},
        {QDate(2020, 9, 10), QDate(2024, 10, 1), -1, "born autumn 2020: nursery"},
        {QDate(2008, 9, 1), QDate(2024, 10, 1), 11, "Year 11"},
        {QDate(2008, 3, 1), QDate(2024, 10, 1), 12, "sixth form"},
        {QDate(2008, 2, 29), QDate(2024, 2, 29), 11, "leap-day birthday, 2007/08 cohort"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(nationalCurriculumYear(c.dateOfBirth, c.onDate), c.ncYear);
    }
    EXPECT_FALSE(nationalCurriculumYear(QDate(), QDate(2024, 10, 1)).has_value());
    EXPECT_FALSE(nationalCurriculumYear(QDate(2012, 9, 1), QDate()).has_value());
}

TEST(CalendarNcYear, Names)
{
    EXPECT_EQ(nationalCurriculumYearName(0), QStringLiteral("Reception"));
    EXPECT_EQ(nationalCurriculumYearName(7), QStringLiteral("Year 7"));
    EXPECT_EQ(nationalCurriculumYearName(-1), QStringLiteral("Nursery"));
}

} // namespace
