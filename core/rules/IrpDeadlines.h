#pragma once

#include "calendar/CalendarSet.h"
#include "calendar/Estimated.h"
#include "calendar/SchoolCalendar.h"
#include "rules/CaseFacts.h"

#include <QDate>

namespace casebook {

// Independent review panel dates for a permanent exclusion, in the excluding school's calendar.

// Notice of the board's decision is deemed given on the 2nd working day after it was sent.
EstimatedDate noticeDeemedGiven(QDate decisionNoticeSent, const SchoolCalendar& calendar);
// The last day a parent may apply: the 15th school day after the day notice was deemed given.
EstimatedDate irpApplicationDeadline(QDate noticeDeemedGiven, const SchoolCalendar& calendar);
// The panel must meet by the 15th school day after the day of the application.
EstimatedDate irpMeetingDue(QDate applicationDate, const SchoolCalendar& calendar);
// After a recommendation or direction to reconsider: within 10 school days of the board being
// notified of the panel's decision.
EstimatedDate reconsiderationDue(QDate panelDecisionNotified, const SchoolCalendar& calendar);

struct IrpTimeline
{
    EstimatedDate noticeDeemedGiven;             // null until the board upheld and sent its decision
    EstimatedDate applicationDeadline;           // null until then too
    EstimatedDate meetingDue;                    // null until the parent applied
    EstimatedDate reconsiderationDue;            // null unless the panel recommended or directed reconsideration
    bool reconsiderationFromMeetingDate = false; // panel decision date not recorded: meeting date used
};

IrpTimeline irpTimeline(const ExclusionFacts& exclusion, const CalendarSet& calendars);

} // namespace casebook
