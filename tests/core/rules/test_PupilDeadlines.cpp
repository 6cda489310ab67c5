#include "rules/PupilDeadlines.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <functional>

using namespace casebook;
using namespace casebook::test;

namespace {

struct Facts
{
    PupilFacts pupil;
    std::vector<SuspensionFacts> suspensions;
    std::vector<ExclusionFacts> exclusions;
};

struct Expected
{
    const char* kind;
    QDate due;
    const char* owedBy;
    qint64 recordId;
    bool overdue;
    bool estimated;
};

struct Case
{
    const char* note;
    std::function<Facts()> facts;
    QDate onDate;
    std::vector<Expected> expected;
};

PupilFacts year9()
{
    PupilFacts pupil;
    pupil.dateOfBirth = QDate(2010, 12, 1);
    return pupil;
}

// Over 15 days at school A in autumn 2024 (see test_BoardDuties): suspension 2 (Mon 30/09, 5.5 days,
// board notified Tue 01/10) must go to the board by Wed 23/10; its own run is over 5 days, so the
// school owes provision from Mon 07/10 while it lasts.
Facts overFifteenDays()
{
    SuspensionFacts second = makeSuspension(2, QDate(2024, 9, 30), 11);
    second.notified.governingBoard = QDate(2024, 10, 1);
    return {year9(), {makeSuspension(1, QDate(2024, 9, 9), 20), second}, {}};
}

// Permanent exclusion 7: decided Mon 03/02/2025, board met Mon 03/03 and upheld, notice sent Thu 06/03
// (deemed given Mon 10/03; application window closes Mon 31/03). LA provision already arranged.
ExclusionFacts upheldExclusion()
{
    ExclusionFacts exclusion = makeExclusion(7, QDate(2025, 2, 3), QDate(2025, 2, 4));
    exclusion.laProvisionFrom = QDate(2025, 2, 11);
    exclusion.boardMeetingDate = QDate(2025, 3, 3);
    exclusion.boardOutcome = BoardOutcome::Upheld;
    exclusion.boardDecisionNoticeSent = QDate(2025, 3, 6);
    return exclusion;
}

Facts withExclusion(ExclusionFacts exclusion)
{
    return {year9(), {}, {exclusion}};
}

// 35 days in 2024/25: 15 + 10 at school A in autumn, 10 at school B in spring (13/01 - 24/01/2025).
// Board meetings are recorded as held so only the limit alerts show.
Facts thirtyFiveDaysPlus(int extraSessions)
{
    std::vector<SuspensionFacts> suspensions = {makeSuspension(1, QDate(2024, 9, 9), 30, kSchoolA),
                                                makeSuspension(2, QDate(2024, 10, 7), 20, kSchoolA),
                                                makeSuspension(3, QDate(2025, 1, 13), 20, kSchoolB)};
    if (extraSessions > 0) {
        suspensions.push_back(makeSuspension(4, QDate(2025, 3, 3), extraSessions, kSchoolB));
    }
    for (SuspensionFacts& suspension : suspensions) {
        suspension.boardMeetingDate = suspension.firstDay.addDays(7);
    }
    return {year9(), suspensions, {}};
}

TEST(RulesPupilDeadlines, OpenDeadlinesAndAlerts)
{
    const Case cases[] = {
        {"nothing open",
         [] {
             return Facts{year9(), {makeSuspension(1, QDate(2024, 9, 9), 2)}, {}};
         },
         QDate(2024, 9, 20),
         {}},
        {"notifications owed to a looked-after pupil's social worker and virtual school head",
         [] {
             Facts facts{year9(), {makeSuspension(11, QDate(2024, 9, 9), 2)}, {}};
             facts.pupil.hasSocialWorker = true;
             facts.pupil.lookedAfter = true;
             facts.suspensions[0].notified = {QDate(2024, 9, 9), QDate(2024, 9, 9), QDate(), QDate(), QDate()};
             return facts;
         },
         QDate(2024, 9, 10),
         {{"notification_owed", QDate(2024, 9, 9), "school", 11, true, false},
          {"notification_owed", QDate(2024, 9, 9), "school", 11, true, false},
          {"notification_owed", QDate(2024, 9, 9), "school", 11, true, false}}},
        {"over 15 days: board meeting and sixth-day provision",
         overFifteenDays,
         QDate(2024, 10, 7),
         {{"sixth_day_provision", QDate(2024, 10, 7), "school", 2, false, false},
          {"board_meeting", QDate(2024, 10, 23), "governing board", 2, false, false}}},
        {"over 15 days, later: provision moot, meeting overdue",
         overFifteenDays,
         QDate(2024, 10, 24),
         {{"board_meeting", QDate(2024, 10, 23), "governing board", 2, true, false}}},
        {"over 15 days, meeting held: nothing open",
         [] {
             Facts facts = overFifteenDays();
             facts.suspensions[1].boardMeetingDate = QDate(2024, 10, 16);
             return facts;
         },
         QDate(2024, 10, 24),
         {}},
        // 10 days from Mon 09/09/2024, the parent asked: 50 school days after 09/09 is Tue 26/11/2024.
        {"parent asked for a meeting (5 to 15 days)",
         [] {
             Facts facts{year9(), {makeSuspension(1, QDate(2024, 9, 9), 20)}, {}};
             facts.suspensions[0].boardReviewRequested = QDate(2024, 9, 12);
             return facts;
         },
         QDate(2024, 9, 13),
         {{"sixth_day_provision", QDate(2024, 9, 16), "school", 1, false, false},
          {"board_meeting_if_requested", QDate(2024, 11, 26), "governing board", 1, false, false}}},
        {"IRP window open",
         [] { return withExclusion(upheldExclusion()); },
         QDate(2025, 3, 20),
         {{"irp_application_window", QDate(2025, 3, 31), "parent may apply", 7, false, false}}},
        {"IRP window open on its last day",
         [] { return withExclusion(upheldExclusion()); },
         QDate(2025, 3, 31),
         {{"irp_application_window", QDate(2025, 3, 31), "parent may apply", 7, false, false}}},
        {"IRP window closed the day after", [] { return withExclusion(upheldExclusion()); }, QDate(2025, 4, 1), {}},
        {"applied: the panel must meet",
         [] {
             ExclusionFacts exclusion = upheldExclusion();
             exclusion.irpApplicationDate = QDate(2025, 3, 24);
             return withExclusion(exclusion);
         },
         QDate(2025, 4, 1),
         {{"irp_meeting", QDate(2025, 4, 29), "IRP", 7, false, false}}},
        {"panel directed reconsideration, overdue",
         [] {
             ExclusionFacts exclusion = upheldExclusion();
             exclusion.irpApplicationDate = QDate(2025, 3, 24);
             exclusion.irpMeetingDate = QDate(2025, 4, 28);
             exclusion.irpOutcome = IrpOutcome::QuashDirectReconsider;
             exclusion.irpDecisionDate = QDate(2025, 5, 16);
             return withExclusion(exclusion);
         },
         QDate(2025, 6, 10),
         {{"reconsideration", QDate(2025, 6, 9), "governing board", 7, true, false}}},
        {"reconsidered: nothing open",
         [] {
             ExclusionFacts exclusion = upheldExclusion();
             exclusion.irpApplicationDate = QDate(2025, 3, 24);
             exclusion.irpMeetingDate = QDate(2025, 4, 28);
             exclusion.irpOutcome = IrpOutcome::QuashDirectReconsider;
             exclusion.irpDecisionDate = QDate(2025, 5, 16);
             exclusion.reconsiderationDate = QDate(2025, 6, 5);
             return withExclusion(exclusion);
         },
         QDate(2025, 6, 10),
         {}},
        // Decided Wed 13/11/2024, effective Thu 14/11 (day 1), board notified 14/11.
        {"new permanent exclusion: board meeting and LA provision",
         [] {
             ExclusionFacts exclusion = makeExclusion(8, QDate(2024, 11, 13), QDate(2024, 11, 14));
             exclusion.notified.governingBoard = QDate(2024, 11, 14);
             return withExclusion(exclusion);
         },
         QDate(2024, 11, 14),
         {{"sixth_day_provision", QDate(2024, 11, 21), "LA", 8, false, false},
          {"board_meeting", QDate(2024, 12, 5), "governing board", 8, false, false}}},
        {"board met, decision not sent",
         [] {
             ExclusionFacts exclusion = makeExclusion(8, QDate(2024, 11, 13), QDate(2024, 11, 14));
             exclusion.laProvisionFrom = QDate(2024, 11, 21);
             exclusion.boardMeetingDate = QDate(2024, 12, 2);
             exclusion.boardOutcome = BoardOutcome::Upheld;
             return withExclusion(exclusion);
         },
         QDate(2024, 12, 4),
         {{"board_decision_notice", QDate(2024, 12, 2), "governing board", 8, true, false}}},
        {"reinstated: LA provision no longer owed",
         [] {
             ExclusionFacts exclusion = makeExclusion(8, QDate(2024, 11, 13), QDate(2024, 11, 14));
             exclusion.boardMeetingDate = QDate(2024, 11, 20);
             exclusion.boardOutcome = BoardOutcome::Reinstated;
             exclusion.boardDecisionNoticeSent = QDate(2024, 11, 20);
             return withExclusion(exclusion);
         },
         QDate(2024, 11, 25),
         {}},
        {"withdrawn exclusion: only the notifications remain",
         [] {
             ExclusionFacts exclusion = makeExclusion(8, QDate(2024, 11, 13), QDate(2024, 11, 14));
             exclusion.withdrawn = true;
             exclusion.notified.localAuthority = QDate();
             return withExclusion(exclusion);
         },
         QDate(2024, 11, 14),
         {{"notification_owed", QDate(2024, 11, 13), "school", 8, true, false}}},
        // 2026/27 is not loaded: day 6 and the board date are estimated.
        {"estimated dates",
         [] { return withExclusion(makeExclusion(9, QDate(2026, 9, 4), QDate(2026, 9, 7))); },
         QDate(2026, 9, 7),
         {{"sixth_day_provision", QDate(2026, 9, 14), "LA", 9, false, true},
          {"board_meeting", QDate(2026, 9, 25), "governing board", 9, false, true}}},
        {"35 days: approaching the limit",
         [] { return thirtyFiveDaysPlus(0); },
         QDate(2025, 2, 3),
         {{"limit_45_days_approaching", QDate(2025, 1, 24), "LA", 3, false, false}}},
        // 11 more days from Mon 03/03/2025: days 36-45 are 03/03-14/03, day 46 (the 91st session) is 17/03.
        {"over 45 days",
         [] { return thirtyFiveDaysPlus(22); },
         QDate(2025, 3, 20),
         {{"limit_45_days", QDate(2025, 3, 17), "LA", 4, false, false}}},
    };
    const CalendarSet calendars(fixtureCalendar());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const Facts facts = c.facts();
        const std::vector<Deadline> deadlines =
            openDeadlinesForPupil(facts.pupil, facts.suspensions, facts.exclusions, calendars, c.onDate);
        ASSERT_EQ(deadlines.size(), c.expected.size());
        for (std::size_t i = 0; i < deadlines.size(); ++i) {
            SCOPED_TRACE(deadlines[i].description.toStdString());
            EXPECT_EQ(deadlineKindId(deadlines[i].kind), QString::fromLatin1(c.expected[i].kind));
            EXPECT_EQ(deadlines[i].due, c.expected[i].due);
            EXPECT_EQ(partyLabel(deadlines[i].owedBy), QString::fromLatin1(c.expected[i].owedBy));
            EXPECT_EQ(deadlines[i].recordId, c.expected[i].recordId);
            EXPECT_EQ(deadlines[i].overdue, c.expected[i].overdue);
            EXPECT_EQ(deadlines[i].estimated, c.expected[i].estimated);
        }
    }
}

TEST(RulesPupilDeadlines, DescriptionsAreSpecific)
{
    const CalendarSet calendars(fixtureCalendar());
    const Facts irp = withExclusion(upheldExclusion());
    const std::vector<Deadline> window =
        openDeadlinesForPupil(irp.pupil, irp.suspensions, irp.exclusions, calendars, QDate(2025, 3, 20));
    ASSERT_EQ(window.size(), 1U);
    EXPECT_EQ(window[0].description, QStringLiteral("Parent may apply for an independent review until 31/03/2025 "
                                                    "(notice of the board's decision deemed given on 10/03/2025)."));
    EXPECT_EQ(window[0].recordKind, RecordKind::Exclusion);

    Facts unknownNotice = overFifteenDays();
    unknownNotice.suspensions[1].notified.governingBoard = QDate();
    const std::vector<Deadline> board = openDeadlinesForPupil(unknownNotice.pupil, unknownNotice.suspensions,
                                                              unknownNotice.exclusions, calendars, QDate(2024, 10, 10));
    // The board was not notified at all, so that notification is owed too (due on the decision date).
    ASSERT_EQ(board.size(), 2U);
    EXPECT_EQ(board[0].kind, DeadlineKind::NotificationOwed);
    EXPECT_EQ(board[0].description, QStringLiteral("Headteacher has not recorded notifying the governing board of the "
                                                   "suspension decided on 30/09/2024 (due without delay)."));
    EXPECT_EQ(board[1].due, QDate(2024, 10, 22));
    EXPECT_EQ(board[1].description,
              QStringLiteral("Governing board must consider reinstatement by 22/10/2024: this suspension takes the "
                             "pupil to 15.5 days at this school in Autumn 2024/25 (more than 15). Counted from the "
                             "suspension's first day (30/09/2024): the date the board was notified is not recorded."));

    const Facts estimated = withExclusion(makeExclusion(9, QDate(2026, 9, 4), QDate(2026, 9, 7)));
    for (const Deadline& deadline : openDeadlinesForPupil(estimated.pupil, estimated.suspensions, estimated.exclusions,
                                                          calendars, QDate(2026, 9, 7))) {
        EXPECT_TRUE(deadline.description.contains(QStringLiteral("Estimated"))) << deadline.description.toStdString();
    }
}

TEST(RulesPupilDeadlines, KindIdsRoundTrip)
{
    for (const char* id : {"board_meeting", "board_meeting_if_requested", "board_decision_notice",
                           "irp_application_window", "irp_meeting", "reconsideration", "sixth_day_provision",
                           "notification_owed", "limit_45_days", "limit_45_days_approaching", "psp_review",
                           "pip_action", "repeat_suspensions_no_plan", "possible_off_rolling"}) {
        SCOPED_TRACE(id);
        const std::optional<DeadlineKind> kind = deadlineKindFromId(QString::fromLatin1(id));
        ASSERT_TRUE(kind.has_value());
        EXPECT_EQ(deadlineKindId(*kind), QString::fromLatin1(id));
    }
    EXPECT_FALSE(deadlineKindFromId(QStringLiteral("board")).has_value());
}

} // namespace
