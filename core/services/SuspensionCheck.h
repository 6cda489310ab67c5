#pragma once

#include "calendar/CalendarSet.h"
#include "domain/Suspension.h"
#include "rules/CaseFacts.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Converts a recorded suspension to the facts the rules use.
SuspensionFacts suspensionFacts(const Suspension& s);

// Checks a new suspension against the calendar and the pupil's other suspensions (all schools): a first day
// that is not a school day, a decision after the start, reasons not valid on the day, an overlap with another
// suspension (errors); crossing the 45-day limit (a warning, never a refusal).
std::vector<FieldIssue> checkSuspension(const Suspension& candidate, const std::vector<SuspensionFacts>& others,
                                        const CalendarSet& calendars);

} // namespace casebook
