#include "rules/BoardDuties.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

const AcademicTerm kAutumn24{AcademicYear(2024), Term::Autumn};
const AcademicTerm kSpring25{AcademicYear(2024), Term::Spring};

TEST(RulesBoardDuties, DutyByTermTotal)
{
    struct Case
    {
        double days;
        BoardDuty duty;
    };
    const Case cases[] = {
        {0.0, BoardDuty::None},
        {0.5, BoardDuty::ConsiderRepresentations},
        {5.0, BoardDuty::ConsiderRepresentations},
        {5.5, BoardDuty::MustMeetIfParentRequests},
        {15.0, BoardDuty::MustMeetIfParentRequests},
        {15.5, BoardDuty::MustMeetWithin15SchoolDays},
        {45.0, BoardDuty::MustMeetWithin15SchoolDays},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.days);
        EXPECT_EQ(boardDutyForTermDays(c.days), c.duty);
    }
    EXPECT_EQ(boardDutyId(BoardDuty::MustMeetIfParentRequests), QStringLiteral("must_meet_if_requested"));
}

TEST(RulesBoardDuties, TotalsPerSchoolPerTerm)
{
    struct Expected
    {
        qint64 schoolId;
        AcademicTerm term;
        double days;
        BoardDuty duty;
        std::vector<qint64> ids;
    };
    struct Case
    {
        const char* note;
        std::vector<SuspensionFacts> suspensions;
        std::vector<Expected> totals;
    };
    const Case cases[] = {
        // Thu 19/12/2024 for 3 days: 19/12 and 20/12 in autumn, Mon 06/01/2025 in spring.
        {"a suspension over the end of term counts in both terms",
         {makeSuspension(1, QDate(2024, 12, 19), 6)},
         {{kSchoolA, kAutumn24, 2.0, BoardDuty::ConsiderRepresentations, {1}},
          {kSchoolA, kSpring25, 1.0, BoardDuty::ConsiderRepresentations, {1}}}},
        // Mon 16/12/2024 for 8 days: 5 in autumn, 3 in spring: neither term goes over 5.
        {"8 days split 5 + 3 stays below the 5-day line in each term",
         {makeSuspension(1, QDate(2024, 12, 16), 16)},
         {{kSchoolA, kAutumn24, 5.0, BoardDuty::ConsiderRepresentations, {1}},
          {kSchoolA, kSpring25, 3.0, BoardDuty::ConsiderRepresentations, {1}}}},
        {"exactly 5 days",
         {makeSuspension(1, QDate(2024, 9, 9), 10)},
         {{kSchoolA, kAutumn24, 5.0, BoardDuty::ConsiderRepresentations, {1}}}},
        {"5 days and a lunchtime",
         {makeSuspension(1, QDate(2024, 9, 9), 10), makeLunchtimeSuspension(2, QDate(2024, 10, 1), 1)},
         {{kSchoolA, kAutumn24, 5.5, BoardDuty::MustMeetIfParentRequests, {1, 2}}}},
        {"exactly 15 days",
         {makeSuspension(1, QDate(2024, 9, 9), 20), makeSuspension(2, QDate(2024, 9, 30), 10)},
         {{kSchoolA, kAutumn24, 15.0, BoardDuty::MustMeetIfParentRequests, {1, 2}}}},
        {"15.5 days",
         {makeSuspension(2, QDate(2024, 9, 30), 11), makeSuspension(1, QDate(2024, 9, 9), 20)},
         {{kSchoolA, kAutumn24, 15.5, BoardDuty::MustMeetWithin15SchoolDays, {1, 2}}}},
        {"two schools are counted apart",
         {makeSuspension(1, QDate(2024, 9, 9), 8, kSchoolA), makeSuspension(2, QDate(2024, 11, 11), 8, kSchoolB)},
         {{kSchoolA, kAutumn24, 4.0, BoardDuty::ConsiderRepresentations, {1}},
          {kSchoolB, kAutumn24, 4.0, BoardDuty::ConsiderRepresentations, {2}}}},
    };
    const CalendarSet calendars(fixtureCalendar());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const std::vector<TermTotal> totals = suspensionTotalsBySchoolAndTerm(c.suspensions, calendars);
        ASSERT_EQ(totals.size(), c.totals.size());
        for (std::size_t i = 0; i < totals.size(); ++i) {
            EXPECT_EQ(totals[i].schoolId, c.totals[i].schoolId);
            EXPECT_EQ(totals[i].term, c.totals[i].term);
            EXPECT_DOUBLE_EQ(totals[i].days, c.totals[i].days);
            EXPECT_EQ(totals[i].duty, c.totals[i].duty);
            EXPECT_EQ(totals[i].suspensionIds, c.totals[i].ids);
            EXPECT_FALSE(totals[i].estimated);
        }
    }
}

// School A, autumn 2024:
//   1: Mon 09/09/2024, 10 days (to 20/09)             -> running total 10  -> parent may ask
//   2: Mon 30/09/2024, 5.5 days (to Mon 07/10 am)     -> running total 15.5 -> must meet
//      board notified Tue 01/10: 15 school days later is Wed 23/10 (02-04/10, 07-11/10, 14-17/10,
//      INSET 18/10 skipped, 21-23/10).
//   3: Mon 11/11/2024, 1 day                          -> 16.5, must meet too
TEST(RulesBoardDuties, EachSuspensionGetsTheDutyOfItsRunningTermTotal)
{
    SuspensionFacts first = makeSuspension(1, QDate(2024, 9, 9), 20);
    SuspensionFacts second = makeSuspension(2, QDate(2024, 9, 30), 11);
    second.notified.governingBoard = QDate(2024, 10, 1);
    SuspensionFacts third = makeSuspension(3, QDate(2024, 11, 11), 2);
    third.boardMeetingDate = QDate(2024, 11, 20);

    const std::vector<SuspensionBoardDuty> duties =
        boardDutiesForSuspensions({third, second, first}, CalendarSet(fixtureCalendar()));
    ASSERT_EQ(duties.size(), 3U);
    EXPECT_EQ(duties[0].suspensionId, 1);
    EXPECT_EQ(duties[0].duty, BoardDuty::MustMeetIfParentRequests);
    EXPECT_DOUBLE_EQ(duties[0].termDays, 10.0);
    EXPECT_FALSE(duties[0].meetingRequired()) << "the parent has not asked";
    // 50 school days after Mon 09/09/2024 (notified on the first day) is Tue 26/11/2024.
    EXPECT_EQ(duties[0].meetingDue.value, QDate(2024, 11, 26));

    EXPECT_EQ(duties[1].suspensionId, 2);
    EXPECT_EQ(duties[1].duty, BoardDuty::MustMeetWithin15SchoolDays);
    EXPECT_DOUBLE_EQ(duties[1].termDays, 15.5);
    EXPECT_EQ(duties[1].term, kAutumn24);
    EXPECT_TRUE(duties[1].meetingRequired());
    EXPECT_EQ(duties[1].noticeDate, QDate(2024, 10, 1));
    EXPECT_FALSE(duties[1].noticeDateAssumed);
    EXPECT_EQ(duties[1].meetingDue.value, QDate(2024, 10, 23));
    EXPECT_FALSE(duties[1].meetingDue.estimated);

    EXPECT_EQ(duties[2].suspensionId, 3);
    EXPECT_EQ(duties[2].duty, BoardDuty::MustMeetWithin15SchoolDays);
    EXPECT_DOUBLE_EQ(duties[2].termDays, 16.5);
    EXPECT_TRUE(duties[2].meetingHeld);
}

TEST(RulesBoardDuties, MeetingDueDates)
{
    struct Case
    {
        const char* note;
        QDate boardNotified; // null: not recorded
        bool parentRequested;
        int secondSessions;
        BoardDuty duty;
        QDate due;
        bool assumed;
        bool required;
    };
    // Suspension 1 is always Mon 09/09/2024 for 10 days; suspension 2 starts Mon 30/09/2024.
    const Case cases[] = {
        {"over 15, notified Tue 01/10", QDate(2024, 10, 1), false, 11, BoardDuty::MustMeetWithin15SchoolDays,
         QDate(2024, 10, 23), false, true},
        // From Mon 30/09: 01-04/10 (4), 07-11/10 (9), 14-17/10 (13), 21-22/10 (15).
        {"over 15, notice not recorded: counted from the first day", QDate(), false, 11,
         BoardDuty::MustMeetWithin15SchoolDays, QDate(2024, 10, 22), true, true},
        // 50 school days after Mon 30/09/2024, over half term: Tue 17/12/2024.
        {"exactly 15 and the parent asked", QDate(2024, 9, 30), true, 10, BoardDuty::MustMeetIfParentRequests,
         QDate(2024, 12, 17), false, true},
        {"exactly 15 and the parent did not ask", QDate(2024, 9, 30), false, 10, BoardDuty::MustMeetIfParentRequests,
         QDate(2024, 12, 17), false, false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        SuspensionFacts second = makeSuspension(2, QDate(2024, 9, 30), c.secondSessions);
        second.notified.governingBoard = c.boardNotified;
        if (c.parentRequested) {
            second.boardReviewRequested = QDate(2024, 10, 2);
        }
        const std::vector<SuspensionBoardDuty> duties = boardDutiesForSuspensions(
            {makeSuspension(1, QDate(2024, 9, 9), 20), second}, CalendarSet(fixtureCalendar()));
        ASSERT_EQ(duties.size(), 2U);
        EXPECT_EQ(duties[1].duty, c.duty);
        EXPECT_EQ(duties[1].meetingDue.value, c.due);
        EXPECT_EQ(duties[1].noticeDateAssumed, c.assumed);
        EXPECT_EQ(duties[1].meetingRequired(), c.required);
    }
}

TEST(RulesBoardDuties, CancelledSuspensionNeedsNoMeeting)
{
    SuspensionFacts second = makeSuspension(2, QDate(2024, 9, 30), 20);
    second.cancelled = true;
    second.cancelledFrom = QDate(2024, 10, 7); // 30/09-04/10 served: 10 + 5 = 15, not over 15
    SuspensionFacts third = makeSuspension(3, QDate(2024, 10, 14), 4);
    third.cancelled = true;
    third.cancelledFrom = QDate(2024, 10, 15); // 14/10 served: 16 in the term
    const std::vector<SuspensionBoardDuty> duties = boardDutiesForSuspensions(
        {makeSuspension(1, QDate(2024, 9, 9), 20), second, third}, CalendarSet(fixtureCalendar()));
    ASSERT_EQ(duties.size(), 3U);
    EXPECT_DOUBLE_EQ(duties[1].termDays, 15.0);
    EXPECT_DOUBLE_EQ(duties[2].termDays, 16.0);
    EXPECT_EQ(duties[2].duty, BoardDuty::MustMeetWithin15SchoolDays);
    EXPECT_FALSE(duties[2].meetingRequired()) << "cancelled: no reinstatement to consider";
}

TEST(RulesBoardDuties, PermanentExclusionMeetingWithin15SchoolDaysOfNotice)
{
    struct Case
    {
        const char* note;
        QDate decision;
        QDate boardNotified;
        QDate due;
        bool assumed;
        bool estimated;
    };
    const Case cases[] = {
        // From Thu 14/11/2024: 15/11, 18-22/11, 25-29/11, 02-05/12.
        {"notified the next day", QDate(2024, 11, 13), QDate(2024, 11, 14), QDate(2024, 12, 5), false, false},
        {"notice not recorded: from the decision", QDate(2024, 11, 13), QDate(), QDate(2024, 12, 4), true, false},
        // From Mon 09/12/2024: 10-13/12 (4), 16-20/12 (9), Christmas, 06-10/01 (14), 13/01 (15).
        {"over Christmas", QDate(2024, 12, 9), QDate(2024, 12, 9), QDate(2025, 1, 13), false, false},
        {"2026/27 not loaded", QDate(2026, 9, 7), QDate(2026, 9, 7), QDate(2026, 9, 28), false, true},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        ExclusionFacts exclusion = makeExclusion(5, c.decision, c.decision.addDays(1));
        exclusion.notified.governingBoard = c.boardNotified;
        const ExclusionBoardDuty duty = boardDutyForExclusion(exclusion, CalendarSet(fixtureCalendar()));
        EXPECT_EQ(duty.meetingDue.value, c.due);
        EXPECT_EQ(duty.noticeDateAssumed, c.assumed);
        EXPECT_EQ(duty.meetingDue.estimated, c.estimated);
        EXPECT_FALSE(duty.meetingHeld);
    }
}

} // namespace
