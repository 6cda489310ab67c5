#pragma once

#include "calendar/CalendarSet.h"
#include "rules/CaseFacts.h"
#include "rules/Deadline.h"
#include "rules/GuidanceNumbers.h"

#include <QDate>

#include <vector>

namespace casebook {

// Every OPEN statutory deadline and alert for one pupil on `onDate`, ordered by due date:
// - notification_owed: a required notification not recorded (for every record, even cancelled);
// - board_meeting / board_meeting_if_requested: a required reinstatement meeting not yet held
//   (none for a cancelled suspension or a withdrawn exclusion);
// - board_decision_notice: the board met on a permanent exclusion but its decision is not recorded
//   as sent;
// - irp_application_window: the board upheld, notice was sent, no application yet, and the window
//   has not closed (it drops off the day after it closes);
// - irp_meeting: applied, panel not met; reconsideration: panel asked for it, not yet done;
// - sixth_day_provision: not recorded as arranged; for suspensions only while the run lasts; for an
//   exclusion until arranged, unless the pupil was reinstated;
// - limit_45_days / limit_45_days_approaching: alerts for the academic year containing onDate ("approaching"
//   when at most `limitApproachingWithinDays` days are left).
// Pass all of the pupil's suspensions and exclusions, at every school.
std::vector<Deadline> openDeadlinesForPupil(const PupilFacts& pupil, const std::vector<SuspensionFacts>& suspensions,
                                            const std::vector<ExclusionFacts>& exclusions, const CalendarSet& calendars,
                                            QDate onDate,
                                            int limitApproachingWithinDays = guidance::kLimitApproachingWithinDays);

} // namespace casebook
