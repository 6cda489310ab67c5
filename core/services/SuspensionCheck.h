#pragma once

#include "calendar/CalendarSet.h"
#include "domain/DateSpan.h"
#include "domain/Suspension.h"
#include "rules/CaseFacts.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Converts a recorded suspension to the facts the rules use.
SuspensionFacts suspensionFacts(const Suspension& s);

// Checks a suspension being recorded or edited against the calendar, the pupil's other suspensions (all
// schools; the candidate's own stored version, same id, is ignored) and the spans of the pupil's pastoral
// support plans:
// - errors: a first day that is not a school day, a decision after the start, reasons not valid on the day,
//   an overlap with another suspension, later dates out of order (the schema's CHECKs);
// - warnings (recorded after confirmation, never refused): crossing the 45-day limit; suspended again in
//   the same academic year with no PSP in place on the first day (field "psp").
std::vector<FieldIssue> checkSuspension(const Suspension& candidate, const std::vector<SuspensionFacts>& others,
                                        const std::vector<DateSpan>& psps, const CalendarSet& calendars);

} // namespace casebook
