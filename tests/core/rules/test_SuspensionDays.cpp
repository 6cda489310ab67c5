#include "rules/SuspensionDays.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

TEST(RulesSuspensionDays, SchoolDaysCovered)
{
    struct Case
    {
        const char* note;
        SuspensionFacts suspension;
        std::vector<QDate> schoolDays;
        double days;
        bool startMoved;
        bool estimated;
    };
    const auto afternoon = [](SuspensionFacts s) {
        s.startsAfternoon = true;
        return s;
    };
    const auto cancelled = [](SuspensionFacts s, QDate from) {
        s.cancelled = true;
        s.cancelledFrom = from;
        return s;
    };
    const Case cases[] = {
        {"one day", makeSuspension(1, QDate(2024, 9, 9), 2), {QDate(2024, 9, 9)}, 1.0, false, false},
        {"one morning", makeSuspension(1, QDate(2024, 9, 9), 1), {QDate(2024, 9, 9)}, 0.5, false, false},
        {"three sessions end on the second morning",
         makeSuspension(1, QDate(2024, 9, 9), 3),
         {QDate(2024, 9, 9), QDate(2024, 9, 10)},
         1.5,
         false,
         false},
        // Thu 24/10/2024 for 6 days: 24, 25 Oct, half term 28/10-01/11, then 4, 5, 6, 7 Nov.
        {"six days over autumn half term",
         makeSuspension(1, QDate(2024, 10, 24), 12),
         {QDate(2024, 10, 24), QDate(2024, 10, 25), QDate(2024, 11, 4), QDate(2024, 11, 5), QDate(2024, 11, 6),
          QDate(2024, 11, 7)},
         6.0,
         false,
         false},
        {"afternoon start: Fri pm, Mon am, Mon pm",
         afternoon(makeSuspension(1, QDate(2024, 9, 13), 3)),
         {QDate(2024, 9, 13), QDate(2024, 9, 16)},
         1.5,
         false,
         false},
        {"one day from Friday afternoon spans two dates",
         afternoon(makeSuspension(1, QDate(2024, 9, 13), 2)),
         {QDate(2024, 9, 13), QDate(2024, 9, 16)},
         1.0,
         false,
         false},
        {"one lunchtime", makeLunchtimeSuspension(1, QDate(2024, 9, 9), 1), {QDate(2024, 9, 9)}, 0.5, false, false},
        {"three lunchtimes skip INSET Fri 18/10 and the weekend",
         makeLunchtimeSuspension(1, QDate(2024, 10, 17), 3),
         {QDate(2024, 10, 17), QDate(2024, 10, 21), QDate(2024, 10, 22)},
         1.5,
         false,
         false},
        {"recorded start in half term moves to Mon 04/11",
         makeSuspension(1, QDate(2024, 10, 26), 2),
         {QDate(2024, 11, 4)},
         1.0,
         true,
         false},
        {"three days over the end of the autumn term",
         makeSuspension(1, QDate(2024, 12, 19), 6),
         {QDate(2024, 12, 19), QDate(2024, 12, 20), QDate(2025, 1, 6)},
         3.0,
         false,
         false},
        {"cancelled before it began",
         cancelled(makeSuspension(1, QDate(2024, 9, 9), 10), QDate()),
         {},
         0.0,
         false,
         false},
        {"cancelled from the second day: one day served",
         cancelled(makeSuspension(1, QDate(2024, 9, 9), 10), QDate(2024, 9, 10)),
         {QDate(2024, 9, 9)},
         1.0,
         false,
         false},
        {"2026/27 not loaded", makeSuspension(1, QDate(2026, 9, 7), 2), {QDate(2026, 9, 7)}, 1.0, false, true},
        {"no sessions", makeSuspension(1, QDate(2024, 9, 9), 0), {}, 0.0, false, false},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const SuspensionSpan span = suspensionSpan(c.suspension, calendar);
        EXPECT_EQ(span.schoolDays, c.schoolDays);
        EXPECT_DOUBLE_EQ(span.days, c.days);
        EXPECT_EQ(span.startMoved, c.startMoved);
        EXPECT_EQ(span.estimated, c.estimated);
        EXPECT_EQ(span.firstDay, c.schoolDays.empty() ? QDate() : c.schoolDays.front());
        EXPECT_EQ(span.lastDay, c.schoolDays.empty() ? QDate() : c.schoolDays.back());
    }
}

TEST(RulesSuspensionDays, SessionsAlternateMorningAndAfternoon)
{
    SuspensionFacts suspension = makeSuspension(1, QDate(2024, 9, 13), 3);
    suspension.startsAfternoon = true;
    const SuspensionSpan span = suspensionSpan(suspension, fixtureCalendar());
    const std::vector<SuspensionSession> expected = {{QDate(2024, 9, 13), SessionPart::Afternoon},
                                                     {QDate(2024, 9, 16), SessionPart::Morning},
                                                     {QDate(2024, 9, 16), SessionPart::Afternoon}};
    EXPECT_EQ(span.sessions, expected);

    const SuspensionSpan lunches = suspensionSpan(makeLunchtimeSuspension(2, QDate(2024, 9, 13), 2), fixtureCalendar());
    const std::vector<SuspensionSession> expectedLunches = {{QDate(2024, 9, 13), SessionPart::Lunchtime},
                                                            {QDate(2024, 9, 16), SessionPart::Lunchtime}};
    EXPECT_EQ(lunches.sessions, expectedLunches);
}

TEST(RulesSuspensionDays, EachSchoolUsesItsOwnCalendar)
{
    const SchoolCalendar la = fixtureCalendar();
    Result<SchoolCalendar> schoolB = la.withClosures(
        {{QDate(2024, 9, 10), QDate(2024, 9, 10), NonSchoolKind::Closure, QStringLiteral("Boiler failure")}});
    ASSERT_TRUE(schoolB.ok());
    CalendarSet calendars(la);
    calendars.setSchoolCalendar(kSchoolB, schoolB.value());

    const std::vector<SuspensionSpan> spans = suspensionSpans(
        {makeSuspension(1, QDate(2024, 9, 9), 4, kSchoolA), makeSuspension(2, QDate(2024, 9, 9), 4, kSchoolB)},
        calendars);
    ASSERT_EQ(spans.size(), 2U);
    EXPECT_EQ(spans[0].lastDay, QDate(2024, 9, 10));
    EXPECT_EQ(spans[1].lastDay, QDate(2024, 9, 11)) << "school B was closed on Tue 10/09";
}

} // namespace
