#include "rules/IrpDeadlines.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

struct DateCase
{
    QDate from;
    QDate expected;
    const char* note;
};

TEST(RulesIrp, NoticeDeemedGivenOnTheSecondWorkingDay)
{
    const DateCase cases[] = {
        {QDate(2025, 3, 3), QDate(2025, 3, 5), "sent Mon: Tue, Wed"},
        {QDate(2025, 3, 6), QDate(2025, 3, 10), "sent Thu: Fri, (weekend), Mon"},
        {QDate(2025, 4, 17), QDate(2025, 4, 23), "sent Thu before Easter: Good Friday and Easter Monday skipped"},
        {QDate(2024, 12, 20), QDate(2024, 12, 24), "school holidays are still working days"},
        {QDate(2024, 12, 23), QDate(2024, 12, 27), "Christmas Day and Boxing Day skipped"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const DateCase& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(noticeDeemedGiven(c.from, calendar).value, c.expected);
    }
}

TEST(RulesIrp, ApplicationDeadline15SchoolDaysAfterNotice)
{
    const DateCase cases[] = {
        {QDate(2025, 3, 5), QDate(2025, 3, 26), "06-07/03, 10-14/03, 17-21/03, 24-26/03"},
        {QDate(2025, 3, 10), QDate(2025, 3, 31), "Mon + 15 school days = Mon three weeks on"},
        {QDate(2024, 12, 24), QDate(2025, 1, 24), "notice in the Christmas holiday: counting starts 06/01"},
        {QDate(2025, 4, 23), QDate(2025, 5, 15), "early May bank holiday skipped"},
        {QDate(2025, 2, 10), QDate(2025, 3, 10), "over spring half term 17-21/02"},
    };
    const SchoolCalendar calendar = fixtureCalendar();
    for (const DateCase& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(irpApplicationDeadline(c.from, calendar).value, c.expected);
    }
}

TEST(RulesIrp, MeetingAndReconsideration)
{
    const SchoolCalendar calendar = fixtureCalendar();
    // Applied Mon 24/03/2025: 25-28/03 (4), 31/03-04/04 (9), Easter, 22-25/04 (13), 28-29/04 (15).
    EXPECT_EQ(irpMeetingDue(QDate(2025, 3, 24), calendar).value, QDate(2025, 4, 29));
    // Decision Fri 16/05/2025: 19-23/05 (5), half term, INSET Mon 02/06, 03-06/06 (9), 09/06 (10).
    EXPECT_EQ(reconsiderationDue(QDate(2025, 5, 16), calendar).value, QDate(2025, 6, 9));
}

TEST(RulesIrp, TimelineFollowsTheRecordedSteps)
{
    struct Case
    {
        const char* note;
        BoardOutcome boardOutcome;
        QDate noticeSent;
        QDate applied;
        IrpOutcome irpOutcome;
        QDate irpDecision;
        QDate deemed;
        QDate applicationDeadline;
        QDate meetingDue;
        QDate reconsiderationDue;
        bool fromMeetingDate;
        bool estimated;
    };
    const QDate none;
    const Case cases[] = {
        {"upheld, notice sent Thu 06/03/2025", BoardOutcome::Upheld, QDate(2025, 3, 6), none, IrpOutcome::None, none,
         QDate(2025, 3, 10), QDate(2025, 3, 31), none, none, false, false},
        {"reinstated: no IRP", BoardOutcome::Reinstated, QDate(2025, 3, 6), none, IrpOutcome::None, none, none, none,
         none, none, false, false},
        {"upheld but notice not sent yet", BoardOutcome::Upheld, none, none, IrpOutcome::None, none, none, none, none,
         none, false, false},
        {"applied", BoardOutcome::Upheld, QDate(2025, 3, 6), QDate(2025, 3, 24), IrpOutcome::None, none,
         QDate(2025, 3, 10), QDate(2025, 3, 31), QDate(2025, 4, 29), none, false, false},
        {"panel upheld: nothing to reconsider", BoardOutcome::Upheld, QDate(2025, 3, 6), QDate(2025, 3, 24),
         IrpOutcome::Upheld, QDate(2025, 5, 16), QDate(2025, 3, 10), QDate(2025, 3, 31), QDate(2025, 4, 29), none,
         false, false},
        {"panel quashed and directed reconsideration", BoardOutcome::Upheld, QDate(2025, 3, 6), QDate(2025, 3, 24),
         IrpOutcome::QuashDirectReconsider, QDate(2025, 5, 16), QDate(2025, 3, 10), QDate(2025, 3, 31),
         QDate(2025, 4, 29), QDate(2025, 6, 9), false, false},
        // Panel met Mon 28/04/2025, decision date not recorded: 10 school days from 28/04 = Tue 13/05
        // (29-30/04, 01-02/05, bank holiday 05/05, 06-09/05, 12-13/05).
        {"recommended reconsideration, decision date missing", BoardOutcome::Upheld, QDate(2025, 3, 6),
         QDate(2025, 3, 24), IrpOutcome::RecommendReconsider, none, QDate(2025, 3, 10), QDate(2025, 3, 31),
         QDate(2025, 4, 29), QDate(2025, 5, 13), true, false},
        // Sent Mon 14/09/2026: deemed Wed 16/09 (2026 bank holidays are loaded), then 15 estimated school days.
        {"2026/27 not loaded", BoardOutcome::Upheld, QDate(2026, 9, 14), none, IrpOutcome::None, none,
         QDate(2026, 9, 16), QDate(2026, 10, 7), none, none, false, true},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        ExclusionFacts exclusion = makeExclusion(5, QDate(2025, 2, 3), QDate(2025, 2, 4));
        exclusion.boardMeetingDate = QDate(2025, 3, 3);
        exclusion.boardOutcome = c.boardOutcome;
        exclusion.boardDecisionNoticeSent = c.noticeSent;
        exclusion.irpApplicationDate = c.applied;
        exclusion.irpMeetingDate = c.applied.isValid() ? QDate(2025, 4, 28) : QDate();
        exclusion.irpOutcome = c.irpOutcome;
        exclusion.irpDecisionDate = c.irpDecision;
        const IrpTimeline timeline = irpTimeline(exclusion, CalendarSet(fixtureCalendar()));
        EXPECT_EQ(timeline.noticeDeemedGiven.value, c.deemed);
        EXPECT_EQ(timeline.applicationDeadline.value, c.applicationDeadline);
        EXPECT_EQ(timeline.applicationDeadline.estimated, c.estimated);
        EXPECT_EQ(timeline.meetingDue.value, c.meetingDue);
        EXPECT_EQ(timeline.reconsiderationDue.value, c.reconsiderationDue);
        EXPECT_EQ(timeline.reconsiderationFromMeetingDate, c.fromMeetingDate);
    }
}

} // namespace
