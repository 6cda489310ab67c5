#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include "services/SuspensionCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

Suspension candidate(QDate firstDay, int sessions, QStringList reasons = {QStringLiteral("DB")})
{
    Suspension s;
    s.id = 0;
    s.schoolId = kSchoolA;
    s.firstDay = firstDay;
    s.sessions = sessions;
    s.reasonCodes = std::move(reasons);
    return s;
}

struct Case
{
    const char* name;
    Suspension suspension;
    std::vector<SuspensionFacts> others;
    std::vector<DateSpan> psps;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

TEST(SuspensionCheck, TableOfCases)
{
    const CalendarSet calendars(fixtureCalendar());
    Suspension decidedAfter = candidate(QDate(2024, 10, 8), 2);
    decidedAfter.decisionDate = QDate(2024, 10, 9);
    std::vector<SuspensionFacts> nearLimit;
    // 44 days already this year: 11 suspensions of 4 days (8 sessions) on Mondays to Thursdays of term weeks.
    QDate day(2024, 9, 9);
    for (int i = 0; i < 11; ++i, day = day.addDays(7)) {
        if (day == QDate(2024, 10, 28)) {
            day = day.addDays(7); // half term
        }
        nearLimit.push_back(makeSuspension(100 + i, day, 8));
    }
    Suspension edited = candidate(QDate(2024, 10, 8), 4);
    edited.id = 7; // its stored version (id 7, from 08/10/2024 for 2 days) is not an overlap
    Suspension laterDatesOutOfOrder = candidate(QDate(2024, 10, 8), 2);
    laterDatesOutOfOrder.reintegrationMeetingOn = QDate(2024, 10, 7);
    Suspension provisionTooEarly = candidate(QDate(2024, 10, 8), 12);
    provisionTooEarly.sixthDayProvisionFrom = QDate(2024, 10, 1);
    Suspension reviewBeforeRequest = candidate(QDate(2024, 10, 8), 2);
    reviewBeforeRequest.boardReviewRequestedOn = QDate(2024, 10, 15);
    reviewBeforeRequest.boardReviewOn = QDate(2024, 10, 14);
    Suspension cancelledBeforeDecision = candidate(QDate(2024, 10, 8), 2);
    cancelledBeforeDecision.decisionDate = QDate(2024, 10, 7);
    cancelledBeforeDecision.cancelledOn = QDate(2024, 10, 4);
    const SuspensionFacts earlierThisYear = makeSuspension(3, QDate(2024, 9, 17), 2);
    const SuspensionFacts lastYear = makeSuspension(4, QDate(2024, 6, 11), 2);
    SuspensionFacts cancelledEarlier = makeSuspension(5, QDate(2024, 9, 17), 2);
    cancelledEarlier.cancelled = true; // cancelled before it began
    Suspension noSchool = candidate(QDate(2024, 10, 8), 2);
    noSchool.schoolId = 0; // a pupil with no school history: the form offers no school until one is chosen
    const std::vector<Case> cases = {
        {"a plain school day", candidate(QDate(2024, 10, 8), 2), {}, {}, "", "", FieldIssue::Severity::Error},
        {"a Saturday",
         candidate(QDate(2024, 10, 12), 2),
         {},
         {},
         "firstDay",
         "is a Saturday",
         FieldIssue::Severity::Error},
        {"half term",
         candidate(QDate(2024, 10, 30), 2),
         {},
         {},
         "firstDay",
         "not a school day",
         FieldIssue::Severity::Error},
        {"no reason", candidate(QDate(2024, 10, 8), 2, {}), {}, {}, "reasons", "", FieldIssue::Severity::Error},
        {"no school chosen", noSchool, {}, {}, "school", "Choose the school", FieldIssue::Severity::Error},
        {"a pre-2020 code",
         candidate(QDate(2024, 10, 8), 2, {QStringLiteral("PD")}),
         {},
         {},
         "reasons",
         "PD",
         FieldIssue::Severity::Error},
        {"decided after it starts",
         decidedAfter,
         {},
         {},
         "decisionDate",
         "cannot come after",
         FieldIssue::Severity::Error},
        {"overlaps another",
         candidate(QDate(2024, 10, 9), 2),
         {makeSuspension(7, QDate(2024, 10, 8), 4)},
         {},
         "firstDay",
         "overlaps the suspension from 08/10/2024 to 09/10/2024",
         FieldIssue::Severity::Error},
        {"the day after another ends",
         candidate(QDate(2024, 10, 10), 2),
         {makeSuspension(7, QDate(2024, 10, 8), 4)},
         {{QDate(2024, 9, 2), {}}},
         "",
         "",
         FieldIssue::Severity::Error},
        {"editing does not overlap itself",
         edited,
         {makeSuspension(7, QDate(2024, 10, 8), 4)},
         {},
         "",
         "",
         FieldIssue::Severity::Error},
        {"crosses 45 days",
         candidate(QDate(2024, 12, 2), 4),
         nearLimit,
         {{QDate(2024, 9, 2), {}}},
         "sessions",
         "over the 45-day limit",
         FieldIssue::Severity::Warning},
        {"reintegration before the first day",
         laterDatesOutOfOrder,
         {},
         {},
         "reintegrationMeeting",
         "The reintegration meeting (07/10/2024) cannot come before the first day (08/10/2024).",
         FieldIssue::Severity::Error},
        {"sixth-day provision before the first day",
         provisionTooEarly,
         {},
         {},
         "sixthDayProvisionFrom",
         "cannot start before the first day (08/10/2024)",
         FieldIssue::Severity::Error},
        {"board review before it was requested",
         reviewBeforeRequest,
         {},
         {},
         "boardReview",
         "The board review (14/10/2024) cannot come before it was requested (15/10/2024).",
         FieldIssue::Severity::Error},
        {"cancelled before the decision",
         cancelledBeforeDecision,
         {},
         {},
         "cancelledOn",
         "cannot be cancelled (04/10/2024) before it was decided (07/10/2024)",
         FieldIssue::Severity::Error},
        {"suspended again with no PSP",
         candidate(QDate(2024, 10, 8), 2),
         {earlierThisYear},
         {},
         "psp",
         "Suspended again without a PSP: the pupil was already suspended on 17/09/2024 in 2024/25 and no pastoral "
         "support plan was in place on 08/10/2024.",
         FieldIssue::Severity::Warning},
        {"suspended again with a PSP in place",
         candidate(QDate(2024, 10, 8), 2),
         {earlierThisYear},
         {{QDate(2024, 9, 20), {}}},
         "",
         "",
         FieldIssue::Severity::Warning},
        {"a PSP that starts the same day counts",
         candidate(QDate(2024, 10, 8), 2),
         {earlierThisYear},
         {{QDate(2024, 10, 8), QDate(2025, 1, 31)}},
         "",
         "",
         FieldIssue::Severity::Warning},
        {"a PSP that ended before the first day does not",
         candidate(QDate(2024, 10, 8), 2),
         {earlierThisYear},
         {{QDate(2024, 9, 18), QDate(2024, 10, 7)}},
         "psp",
         "no pastoral support plan was in place on 08/10/2024",
         FieldIssue::Severity::Warning},
        {"a PSP that starts later does not",
         candidate(QDate(2024, 10, 8), 2),
         {earlierThisYear},
         {{QDate(2024, 10, 9), {}}},
         "psp",
         "Suspended again without a PSP",
         FieldIssue::Severity::Warning},
        {"a suspension last academic year is not a repeat",
         candidate(QDate(2024, 10, 8), 2),
         {lastYear},
         {},
         "",
         "",
         FieldIssue::Severity::Warning},
        {"a suspension cancelled before it began is not a repeat",
         candidate(QDate(2024, 10, 8), 2),
         {cancelledEarlier},
         {},
         "",
         "",
         FieldIssue::Severity::Warning},
        {"a later suspension does not make this one a repeat",
         candidate(QDate(2024, 9, 17), 2),
         {makeSuspension(6, QDate(2024, 10, 8), 2)},
         {},
         "",
         "",
         FieldIssue::Severity::Warning},
        {"editing the earlier one itself is not a repeat",
         edited,
         {makeSuspension(7, QDate(2024, 9, 10), 2)},
         {},
         "",
         "",
         FieldIssue::Severity::Warning},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkSuspension(c.suspension, c.others, c.psps, calendars);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_EQ(issues.size(), 1u) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().field, QLatin1String(c.field));
        EXPECT_TRUE(issues.front().message.contains(QLatin1String(c.contains))) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().severity, c.severity);
    }
}

TEST(SuspensionCheck, EditingDoesNotCountTheSuspensionTwiceTowardsTheLimit)
{
    const CalendarSet calendars(fixtureCalendar());
    // 40 days already this year (10 x 4 days), plus the edited suspension (id 50): stored as 4 days, now 5.
    std::vector<SuspensionFacts> others;
    QDate day(2024, 9, 9);
    for (int i = 0; i < 10; ++i, day = day.addDays(7)) {
        if (day == QDate(2024, 10, 28)) {
            day = day.addDays(7); // half term
        }
        others.push_back(makeSuspension(100 + i, day, 8));
    }
    others.push_back(makeSuspension(50, QDate(2024, 11, 25), 8));
    Suspension edited = candidate(QDate(2024, 11, 25), 10);
    edited.id = 50;
    const std::vector<DateSpan> psp = {{QDate(2024, 9, 2), {}}};
    EXPECT_TRUE(checkSuspension(edited, others, psp, calendars).empty()); // 45 days: at the limit, not over
    edited.sessions = 12;
    const std::vector<FieldIssue> over = checkSuspension(edited, others, psp, calendars);
    ASSERT_EQ(over.size(), 1u);
    EXPECT_TRUE(over.front().message.contains(QStringLiteral("46 suspension days")))
        << over.front().message.toStdString();
}

} // namespace
} // namespace casebook::test
