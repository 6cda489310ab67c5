#include "rules/SixthDayProvision.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

PupilFacts pupilBorn(QDate dateOfBirth)
{
    PupilFacts pupil;
    pupil.dateOfBirth = dateOfBirth;
    return pupil;
}

const QDate kYear9Birthday(2010, 12, 1);  // Year 9 in 2024/25
const QDate kYear11Birthday(2008, 11, 1); // Year 11 in 2024/25
const QDate kYear12Birthday(2007, 11, 1); // Year 12 in 2024/25

SuspensionFacts afternoonStart(SuspensionFacts suspension)
{
    suspension.startsAfternoon = true;
    return suspension;
}

TEST(RulesSixthDay, SuspensionRuns)
{
    struct Expected
    {
        QDate from;
        qint64 recordId;
        std::vector<qint64> suspensionIds;
        QDate runFirst;
        QDate runLast;
        double runDays;
    };
    struct Case
    {
        const char* note;
        PupilFacts pupil;
        std::vector<SuspensionFacts> suspensions;
        std::vector<Expected> duties;
    };
    const PupilFacts year9 = pupilBorn(kYear9Birthday);
    const Case cases[] = {
        {"6 days over half term: 24, 25/10, 04-07/11",
         year9,
         {makeSuspension(1, QDate(2024, 10, 24), 12)},
         {{QDate(2024, 11, 7), 1, {1}, QDate(2024, 10, 24), QDate(2024, 11, 7), 6.0}}},
        {"exactly 5 days: no duty", year9, {makeSuspension(1, QDate(2024, 9, 9), 10)}, {}},
        {"5.5 days: the sixth day is Mon 16/09 (morning)",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 11)},
         {{QDate(2024, 9, 16), 1, {1}, QDate(2024, 9, 9), QDate(2024, 9, 16), 5.5}}},
        {"3 + 3 back to back",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 6), makeSuspension(2, QDate(2024, 9, 12), 6)},
         {{QDate(2024, 9, 16), 2, {1, 2}, QDate(2024, 9, 9), QDate(2024, 9, 16), 6.0}}},
        {"3 + 3 over a weekend (Wed-Fri, Mon-Wed)",
         year9,
         {makeSuspension(1, QDate(2024, 9, 11), 6), makeSuspension(2, QDate(2024, 9, 16), 6)},
         {{QDate(2024, 9, 18), 2, {1, 2}, QDate(2024, 9, 11), QDate(2024, 9, 18), 6.0}}},
        {"2 + 4 over half term",
         year9,
         {makeSuspension(1, QDate(2024, 10, 24), 4), makeSuspension(2, QDate(2024, 11, 4), 8)},
         {{QDate(2024, 11, 7), 2, {1, 2}, QDate(2024, 10, 24), QDate(2024, 11, 7), 6.0}}},
        {"a school day in between breaks the run",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 6), makeSuspension(2, QDate(2024, 9, 13), 6)},
         {}},
        // 1: Mon 09/09 am .. Wed 11/09 am (5 sessions); 2: Wed 11/09 pm .. Fri 13/09 pm (5 sessions) and
        // Mon 16/09 am: 11 sessions with no gap, so the sixth day is Mon 16/09.
        {"half-day boundary: next starts the same afternoon",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 5), afternoonStart(makeSuspension(2, QDate(2024, 9, 11), 6))},
         {{QDate(2024, 9, 16), 2, {1, 2}, QDate(2024, 9, 9), QDate(2024, 9, 16), 5.5}}},
        {"a free afternoon breaks the run",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 5), makeSuspension(2, QDate(2024, 9, 12), 6)},
         {}},
        {"consecutive but at different schools: not joined",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 6, kSchoolA), makeSuspension(2, QDate(2024, 9, 12), 6, kSchoolB)},
         {}},
        {"lunchtimes are left out",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 10), makeLunchtimeSuspension(2, QDate(2024, 9, 16), 1)},
         {}},
        // 4.5 days to Fri 13/09 morning, a lunchtime that day, then the Friday afternoon: 5 days of lessons
        // missed, not 5.5, because the lunchtime is not a lesson session.
        {"a lunchtime inside a run does not lengthen it",
         year9,
         {makeSuspension(1, QDate(2024, 9, 9), 9), makeLunchtimeSuspension(2, QDate(2024, 9, 13), 1),
          afternoonStart(makeSuspension(3, QDate(2024, 9, 13), 1))},
         {}},
        {"Year 11, sixth day Mon 23/06/2025 after exams end Fri 20/06",
         pupilBorn(kYear11Birthday),
         {makeSuspension(1, QDate(2025, 6, 16), 12)},
         {}},
        {"Year 11, sixth day Mon 16/06/2025 before exams end",
         pupilBorn(kYear11Birthday),
         {makeSuspension(1, QDate(2025, 6, 9), 12)},
         {{QDate(2025, 6, 16), 1, {1}, QDate(2025, 6, 9), QDate(2025, 6, 16), 6.0}}},
        {"Year 12: beyond compulsory school age",
         pupilBorn(kYear12Birthday),
         {makeSuspension(1, QDate(2024, 10, 24), 12)},
         {}},
        {"date of birth unknown: the duty applies",
         PupilFacts{},
         {makeSuspension(1, QDate(2025, 6, 16), 12)},
         {{QDate(2025, 6, 23), 1, {1}, QDate(2025, 6, 16), QDate(2025, 6, 23), 6.0}}},
    };
    const CalendarSet calendars(fixtureCalendar());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const std::vector<SixthDayDuty> duties = sixthDayDutiesForSuspensions(c.pupil, c.suspensions, calendars);
        ASSERT_EQ(duties.size(), c.duties.size());
        for (std::size_t i = 0; i < duties.size(); ++i) {
            EXPECT_EQ(duties[i].from.value, c.duties[i].from);
            EXPECT_FALSE(duties[i].from.estimated);
            EXPECT_EQ(duties[i].recordId, c.duties[i].recordId);
            EXPECT_EQ(duties[i].suspensionIds, c.duties[i].suspensionIds);
            EXPECT_EQ(duties[i].runFirstDay, c.duties[i].runFirst);
            EXPECT_EQ(duties[i].runLastDay, c.duties[i].runLast);
            EXPECT_DOUBLE_EQ(duties[i].runDays, c.duties[i].runDays);
            EXPECT_FALSE(duties[i].permanentExclusion);
        }
    }
}

TEST(RulesSixthDay, ArrangedProvisionIsReported)
{
    SuspensionFacts suspension = makeSuspension(1, QDate(2024, 10, 24), 12);
    suspension.sixthDayProvisionFrom = QDate(2024, 11, 7);
    const std::vector<SixthDayDuty> duties =
        sixthDayDutiesForSuspensions(pupilBorn(kYear9Birthday), {suspension}, CalendarSet(fixtureCalendar()));
    ASSERT_EQ(duties.size(), 1U);
    EXPECT_EQ(duties[0].arrangedFrom, QDate(2024, 11, 7));
}

TEST(RulesSixthDay, PermanentExclusion)
{
    struct Case
    {
        const char* note;
        PupilFacts pupil;
        QDate decision;
        QDate effective;
        bool withdrawn;
        std::optional<QDate> from; // nullopt: no duty
        QDate dayOne;
        bool assumed;
        bool estimated;
    };
    const PupilFacts year9 = pupilBorn(kYear9Birthday);
    const Case cases[] = {
        {"effective Thu 24/10/2024 is day 1; day 6 after half term", year9, QDate(2024, 10, 23), QDate(2024, 10, 24),
         false, QDate(2024, 11, 7), QDate(2024, 10, 24), false, false},
        {"effective on a Saturday in half term: day 1 is Mon 04/11", year9, QDate(2024, 10, 25), QDate(2024, 10, 26),
         false, QDate(2024, 11, 11), QDate(2024, 11, 4), false, false},
        {"no effective date: decision Thu 19/12/2024 is day 1", year9, QDate(2024, 12, 19), QDate(), false,
         QDate(2025, 1, 9), QDate(2024, 12, 19), true, false},
        {"withdrawn", year9, QDate(2024, 10, 23), QDate(2024, 10, 24), true, std::nullopt, QDate(), false, false},
        {"Year 11 after exams", pupilBorn(kYear11Birthday), QDate(2025, 6, 13), QDate(2025, 6, 16), false, std::nullopt,
         QDate(), false, false},
        {"2026/27 not loaded", year9, QDate(2026, 9, 4), QDate(2026, 9, 7), false, QDate(2026, 9, 14),
         QDate(2026, 9, 7), false, true},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        ExclusionFacts exclusion = makeExclusion(9, c.decision, c.effective);
        exclusion.withdrawn = c.withdrawn;
        const std::optional<SixthDayDuty> duty =
            sixthDayDutyForExclusion(c.pupil, exclusion, CalendarSet(fixtureCalendar()));
        ASSERT_EQ(duty.has_value(), c.from.has_value());
        if (!duty) {
            continue;
        }
        EXPECT_EQ(duty->from.value, *c.from);
        EXPECT_EQ(duty->runFirstDay, c.dayOne);
        EXPECT_EQ(duty->startAssumed, c.assumed);
        EXPECT_EQ(duty->from.estimated, c.estimated);
        EXPECT_TRUE(duty->permanentExclusion);
        EXPECT_EQ(duty->recordId, 9);
    }
}

TEST(RulesSixthDay, ExemptPupils)
{
    const SchoolCalendar calendar = fixtureCalendar();
    EXPECT_FALSE(sixthDayDutyExempt(pupilBorn(kYear11Birthday), QDate(2025, 6, 20), calendar)) << "last exam day";
    EXPECT_TRUE(sixthDayDutyExempt(pupilBorn(kYear11Birthday), QDate(2025, 6, 23), calendar));
    EXPECT_FALSE(sixthDayDutyExempt(pupilBorn(kYear9Birthday), QDate(2025, 6, 23), calendar));
    EXPECT_TRUE(sixthDayDutyExempt(pupilBorn(kYear12Birthday), QDate(2024, 10, 1), calendar));
    // 2026/27 has no exams-end date loaded: a Year 11 pupil keeps the duty.
    EXPECT_FALSE(sixthDayDutyExempt(pupilBorn(QDate(2010, 11, 1)), QDate(2027, 7, 1), calendar));
}

} // namespace
