#pragma once

#include "calendar/CalendarSet.h"
#include "domain/Suspension.h"
#include "rules/CaseFacts.h"

#include <QString>

namespace casebook {

// What the permanent exclusion form shows beside each stage: the statutory deadline the stage is due by,
// computed by the rules from the dates entered so far, and whether it was met. Each text is empty when the
// deadline cannot be computed yet (or does not apply). UK English, dates dd/mm/yyyy.
struct ExclusionStageDeadlines
{
    QString notifications;   // parties the headteacher has not yet been recorded as notifying
    QString board;           // the board must consider reinstatement within 15 school days of notice
    QString reviewPanel;     // the parent's application window, then the panel's meeting
    QString reconsideration; // the board's reconsideration after the panel recommends or directs it
    QString sixthDay;        // the LA's full-time provision from the sixth school day
};

ExclusionStageDeadlines exclusionStageDeadlines(const PermanentExclusion& exclusion, const PupilFacts& pupil,
                                                const CalendarSet& calendars);

} // namespace casebook
