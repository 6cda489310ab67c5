#include "calendar/CalendarSet.h"
#include "calendar/SchoolCalendar.h"

#include "CalendarFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using casebook::test::fixtureCalendar;
using casebook::test::fixtureCalendarInput;

namespace {

TEST(CalendarSchoolDays, IsSchoolDayAndCovers)
{
    struct Case
    {
        QDate date;
        bool school;
        bool covered;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 9, 2), false, true, "Mon before the autumn term starts"},
        {QDate(2024, 9, 3), true, true, "Tue, first day of autumn 2024"},
        {QDate(2024, 9, 7), false, true, "Saturday in term"},
        {QDate(2024, 10, 17), true, true, "Thu before the INSET day"},
        {QDate(2024, 10, 18), false, true, "INSET day"},
        {QDate(2024, 10, 28), false, true, "autumn half term"},
        {QDate(2024, 11, 4), true, true, "first day after half term"},
        {QDate(2024, 12, 20), true, true, "last day of autumn term"},
        {QDate(2024, 12, 23), false, true, "Christmas holiday"},
        {QDate(2024, 12, 25), false, true, "Christmas Day"},
        {QDate(2025, 1, 6), true, true, "first day of spring term"},
        {QDate(2025, 4, 4), true, true, "last day of spring term"},
        {QDate(2025, 4, 7), false, true, "Easter holiday"},
        {QDate(2025, 4, 22), true, true, "first day of summer term"},
        {QDate(2025, 5, 5), false, true, "early May bank holiday, in term"},
        {QDate(2025, 6, 2), false, true, "INSET day after May half term"},
        {QDate(2025, 7, 22), true, true, "last day of 2024/25"},
        {QDate(2025, 7, 23), false, true, "summer holiday"},
        {QDate(2025, 9, 1), false, true, "Mon before 2025/26 starts"},
        {QDate(2026, 1, 5), false, true, "INSET day opening spring 2026"},
        {QDate(2026, 9, 1), true, false, "2026/27 not loaded: a Tuesday is estimated to be a school day"},
        {QDate(2026, 9, 5), false, false, "2026/27 not loaded: Saturday"},
        {QDate(2026, 12, 25), false, false, "2026/27 not loaded: known bank holiday"},
        {QDate(2024, 6, 3), true, false, "2023/24 not loaded: Monday"},
        {QDate(2024, 5, 27), false, false, "2023/24 not loaded: spring bank holiday"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(calendar.isSchoolDay(c.date), c.school);
        EXPECT_EQ(calendar.covers(c.date), c.covered);
    }
    EXPECT_FALSE(calendar.isSchoolDay(QDate()));
}

TEST(CalendarSchoolDays, IsWorkingDay)
{
    struct Case
    {
        QDate date;
        bool working;
        bool bankHolidaysKnown;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 12, 24), true, true, "Christmas Eve: school holiday but a working day"},
        {QDate(2024, 12, 25), false, true, "bank holiday"},
        {QDate(2024, 10, 28), true, true, "half term is still a working day"},
        {QDate(2025, 4, 18), false, true, "Good Friday"},
        {QDate(2025, 4, 19), false, true, "Saturday"},
        {QDate(2027, 5, 3), true, false, "2027 bank holidays not loaded"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(calendar.isWorkingDay(c.date), c.working);
        EXPECT_EQ(calendar.coversBankHolidays(c.date), c.bankHolidaysKnown);
    }
}

TEST(CalendarSchoolDays, AddSchoolDays)
{
    struct Case
    {
        QDate from;
        int n;
        QDate expected;
        bool estimated;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 9, 6), 1, QDate(2024, 9, 9), false, "Fri + 1 skips the weekend"},
        {QDate(2024, 10, 24), 1, QDate(2024, 10, 25), false, "Thu + 1"},
        {QDate(2024, 10, 24), 2, QDate(2024, 11, 4), false, "Thu + 2: Fri 25/10 then half term, Mon 04/11"},
        {QDate(2024, 10, 24), 5, QDate(2024, 11, 7), false, "25/10, 04/11, 05/11, 06/11, 07/11"},
        {QDate(2024, 10, 17), 1, QDate(2024, 10, 21), false, "skips INSET Fri 18/10 and the weekend"},
        {QDate(2024, 12, 18), 3, QDate(2025, 1, 6), false, "19/12, 20/12, then Christmas, 06/01"},
        {QDate(2025, 4, 1), 4, QDate(2025, 4, 22), false, "02/04, 03/04, 04/04, then Easter, Tue 22/04"},
        {QDate(2025, 5, 2), 1, QDate(2025, 5, 6), false, "bank holiday Mon 05/05 skipped"},
        {QDate(2025, 5, 23), 1, QDate(2025, 6, 3), false, "May half term then INSET Mon 02/06"},
        {QDate(2025, 7, 21), 2, QDate(2025, 9, 3), false, "22/07 then the next academic year"},
        {QDate(2024, 10, 26), 0, QDate(2024, 10, 26), false, "n = 0 returns the start, even a Saturday"},
        {QDate(2024, 11, 2), 1, QDate(2024, 11, 4), false, "start on a Saturday in half term"},
        {QDate(2024, 10, 27), 1, QDate(2024, 11, 4), false, "start on Sunday before half term"},
        {QDate(2024, 11, 4), -1, QDate(2024, 10, 25), false, "backwards over half term"},
        {QDate(2026, 7, 20), 2, QDate(2026, 9, 1), true, "21/07 then 2026/27, not loaded"},
        {QDate(2026, 8, 28), 1, QDate(2026, 9, 1), true, "bank holiday 31/08 then an estimated day"},
        {QDate(2026, 12, 24), 1, QDate(2026, 12, 29), true, "estimated year still skips 25/12 and 28/12"},
        {QDate(2027, 1, 8), 1, QDate(2027, 1, 11), true, "estimated: Fri + 1 = Mon"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const EstimatedDate result = calendar.addSchoolDays(c.from, c.n);
        EXPECT_EQ(result.value, c.expected);
        EXPECT_EQ(result.estimated, c.estimated);
    }
    EXPECT_FALSE(calendar.addSchoolDays(QDate(), 3).value.isValid());
}

TEST(CalendarSchoolDays, SchoolDayOnOrAfter)
{
    struct Case
    {
        QDate date;
        QDate expected;
        bool estimated;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 10, 22), QDate(2024, 10, 22), false, "already a school day"},
        {QDate(2024, 10, 26), QDate(2024, 11, 4), false, "Saturday before half term"},
        {QDate(2026, 1, 5), QDate(2026, 1, 6), false, "INSET day"},
        {QDate(2026, 9, 5), QDate(2026, 9, 7), true, "Saturday in an unloaded year"},
        {QDate(2026, 9, 7), QDate(2026, 9, 7), true, "weekday in an unloaded year"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const EstimatedDate result = calendar.schoolDayOnOrAfter(c.date);
        EXPECT_EQ(result.value, c.expected);
        EXPECT_EQ(result.estimated, c.estimated);
    }
}

TEST(CalendarSchoolDays, AddWorkingDays)
{
    struct Case
    {
        QDate from;
        int n;
        QDate expected;
        bool estimated;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 12, 19), 2, QDate(2024, 12, 23), false, "Fri 20/12, Mon 23/12 (holiday, but working)"},
        {QDate(2024, 12, 23), 2, QDate(2024, 12, 27), false, "Tue 24/12, then 25 and 26 are bank holidays"},
        {QDate(2025, 4, 17), 2, QDate(2025, 4, 23), false, "Good Friday and Easter Monday skipped"},
        {QDate(2024, 10, 25), 2, QDate(2024, 10, 29), false, "half term days are working days"},
        {QDate(2027, 6, 4), 2, QDate(2027, 6, 8), true, "2027 bank holidays not loaded"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const EstimatedDate result = calendar.addWorkingDays(c.from, c.n);
        EXPECT_EQ(result.value, c.expected);
        EXPECT_EQ(result.estimated, c.estimated);
    }
}

TEST(CalendarSchoolDays, SchoolDaysBetweenCountsAfterFromUpToTo)
{
    struct Case
    {
        QDate from;
        QDate to;
        int expected;
        bool estimated;
        const char* note;
    };
    const Case cases[] = {
        // 02/09 to 20/12/2024: 79 weekdays from Tue 03/09, minus 5 half-term days and the INSET day.
        {QDate(2024, 9, 2), QDate(2024, 12, 20), 73, false, "the whole autumn term 2024"},
        {QDate(2024, 10, 24), QDate(2024, 11, 7), 5, false, "25/10, 04/11 .. 07/11"},
        {QDate(2024, 12, 20), QDate(2025, 1, 6), 1, false, "over Christmas"},
        {QDate(2024, 10, 24), QDate(2024, 10, 24), 0, false, "same day"},
        {QDate(2024, 11, 7), QDate(2024, 10, 24), 0, false, "to before from"},
        {QDate(2026, 7, 17), QDate(2026, 9, 4), 6, true, "20/07, 21/07, then 01/09 .. 04/09 estimated"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const Estimated<int> result = calendar.schoolDaysBetween(c.from, c.to);
        EXPECT_EQ(result.value, c.expected);
        EXPECT_EQ(result.estimated, c.estimated);
    }
}

TEST(CalendarSchoolDays, TermOfAndTermForCounting)
{
    struct Case
    {
        QDate date;
        std::optional<AcademicTerm> termOf;
        AcademicTerm counting;
        bool estimated;
        const char* note;
    };
    const AcademicYear y24(2024);
    const AcademicYear y26(2026);
    const Case cases[] = {
        {QDate(2024, 10, 28), AcademicTerm{y24, Term::Autumn}, {y24, Term::Autumn}, false, "half term is in term"},
        {QDate(2024, 12, 23), std::nullopt, {y24, Term::Autumn}, false, "Christmas: counts to autumn"},
        {QDate(2024, 9, 2), std::nullopt, {y24, Term::Autumn}, false, "before autumn starts"},
        {QDate(2025, 4, 10), std::nullopt, {y24, Term::Spring}, false, "Easter: counts to spring"},
        {QDate(2025, 4, 22), AcademicTerm{y24, Term::Summer}, {y24, Term::Summer}, false, "first summer day"},
        {QDate(2025, 8, 15), std::nullopt, {y24, Term::Summer}, false, "summer holiday"},
        {QDate(2026, 10, 1), std::nullopt, {y26, Term::Autumn}, true, "unloaded: October is autumn"},
        {QDate(2027, 2, 1), std::nullopt, {y26, Term::Spring}, true, "unloaded: February is spring"},
        {QDate(2027, 4, 12), std::nullopt, {y26, Term::Summer}, true, "unloaded: April is summer"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(calendar.termOf(c.date), c.termOf);
        const Estimated<AcademicTerm> counting = calendar.termForCounting(c.date);
        EXPECT_EQ(counting.value, c.counting);
        EXPECT_EQ(counting.estimated, c.estimated);
    }
    const std::optional<TermDates> spring = calendar.termDates({y24, Term::Spring});
    ASSERT_TRUE(spring.has_value());
    EXPECT_EQ(spring->firstDay, QDate(2025, 1, 6));
    EXPECT_EQ(calendar.year11ExamsEnd(y24), QDate(2025, 6, 20));
    EXPECT_FALSE(calendar.year11ExamsEnd(y26).has_value());
}

TEST(CalendarSchoolDays, PartlyLoadedYearCoversOnlyWhatItsTermsSettle)
{
    CalendarInput input;
    input.terms = {{AcademicYear(2024), Term::Autumn, QDate(2024, 9, 3), QDate(2024, 12, 20)}};
    Result<SchoolCalendar> calendar = SchoolCalendar::create(input);
    ASSERT_TRUE(calendar.ok());
    EXPECT_TRUE(calendar->covers(QDate(2024, 9, 2)));
    EXPECT_FALSE(calendar->isSchoolDay(QDate(2024, 9, 2)));
    EXPECT_TRUE(calendar->covers(QDate(2024, 11, 1)));
    // Spring is not loaded, so when the Christmas holiday ends is unknown: estimated as a school day.
    EXPECT_FALSE(calendar->covers(QDate(2024, 12, 23)));
    EXPECT_TRUE(calendar->isSchoolDay(QDate(2024, 12, 23)));
    EXPECT_TRUE(calendar->addSchoolDays(QDate(2024, 12, 20), 1).estimated);
}

TEST(CalendarSchoolDays, EmptyCalendarEstimatesWeekdays)
{
    const SchoolCalendar calendar;
    EXPECT_TRUE(calendar.isSchoolDay(QDate(2024, 12, 25))) << "no bank holidays known either";
    EXPECT_FALSE(calendar.isSchoolDay(QDate(2024, 12, 28)));
    const EstimatedDate next = calendar.addSchoolDays(QDate(2024, 12, 27), 1);
    EXPECT_EQ(next.value, QDate(2024, 12, 30));
    EXPECT_TRUE(next.estimated);
}

TEST(CalendarSchoolDays, SchoolClosuresApplyOnlyToThatSchool)
{
    const SchoolCalendar la = fixtureCalendar();
    Result<SchoolCalendar> school =
        la.withClosures({{QDate(2024, 11, 20), QDate(2024, 11, 20), NonSchoolKind::Closure, QStringLiteral("Snow")}});
    ASSERT_TRUE(school.ok());
    EXPECT_TRUE(la.isSchoolDay(QDate(2024, 11, 20)));
    EXPECT_FALSE(school->isSchoolDay(QDate(2024, 11, 20)));
    EXPECT_TRUE(school->isWorkingDay(QDate(2024, 11, 20))) << "a closure is not a bank holiday";
    EXPECT_EQ(school->addSchoolDays(QDate(2024, 11, 19), 1).value, QDate(2024, 11, 21));
    ASSERT_EQ(school->nonSchoolPeriodsOn(QDate(2024, 11, 20)).size(), 1U);
    EXPECT_EQ(school->nonSchoolPeriodsOn(QDate(2024, 11, 20)).front().description, QStringLiteral("Snow"));

    CalendarSet set(la);
    set.setSchoolCalendar(7, school.value());
    EXPECT_FALSE(set.forSchool(7).isSchoolDay(QDate(2024, 11, 20)));
    EXPECT_TRUE(set.forSchool(8).isSchoolDay(QDate(2024, 11, 20))) << "other schools use the LA calendar";
}

TEST(CalendarSchoolDays, CreateRejectsBadRows)
{
    struct Case
    {
        const char* note;
        void (*spoil)(CalendarInput&);
        const char* messagePart;
    };
    const Case cases[] = {
        {"first day after last day", [](CalendarInput& in) { in.terms[0].lastDay = QDate(2024, 9, 1); },
         "is after last day"},
        {"term outside its academic year", [](CalendarInput& in) { in.terms[0].firstDay = QDate(2024, 8, 30); },
         "not inside the academic year"},
        {"term listed twice", [](CalendarInput& in) { in.terms.push_back(in.terms[0]); }, "listed twice"},
        {"overlapping terms", [](CalendarInput& in) { in.terms[1].firstDay = QDate(2024, 12, 19); },
         "before Autumn 2024/25 ends"},
        {"non-school period backwards",
         [](CalendarInput& in) {
             in.nonSchoolPeriods.push_back(
                 {QDate(2024, 11, 5), QDate(2024, 11, 4), NonSchoolKind::Closure, QStringLiteral("Flood")});
         },
         "Flood: first day 05/11/2024 is after last day 04/11/2024"},
        {"exam end outside its year", [](CalendarInput& in) { in.year11ExamsEnd[0].lastExamDay = QDate(2025, 9, 2); },
         "not in the academic year"},
        {"absurd date range",
         [](CalendarInput& in) {
             in.nonSchoolPeriods.push_back(
                 {QDate(2204, 1, 1), QDate(2204, 1, 1), NonSchoolKind::Closure, QStringLiteral("Typo")});
         },
         "more than 100 years"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        CalendarInput input = fixtureCalendarInput();
        c.spoil(input);
        Result<SchoolCalendar> calendar = SchoolCalendar::create(input);
        ASSERT_FALSE(calendar.ok());
        EXPECT_TRUE(calendar.error().message.contains(QString::fromUtf8(c.messagePart)))
            << calendar.error().message.toStdString();
    }
}

} // namespace
