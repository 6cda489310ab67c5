#pragma once

#include "calendar/CalendarSet.h"
#include "domain/Suspension.h"
#include "rules/CaseFacts.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Converts a recorded permanent exclusion to the facts the rules use.
ExclusionFacts exclusionFacts(const PermanentExclusion& x);

// True when the exclusion still stands: not withdrawn, and not reinstated by the board or on reconsideration.
bool exclusionStands(const PermanentExclusion& x);

// Checks a permanent exclusion being recorded or edited, field by field (the form's field names in brackets):
// - errors: an effective date (effectiveDate) that is not a school day, a decision (decisionDate) after it;
//   no reason, reasons not in force on the decision date or given twice (reasons); every stage out of the
//   order the schema requires (boardMeeting, boardNotice, irpApplication, irpMeeting, irpDecision,
//   reconsideration, laProvisionFrom, withdrawnOn); a review panel stage after the board reinstated
//   (irpApplication); a reconsideration the panel neither recommended nor directed (reconsideration);
// - a warning (confirmed on save, never refused): the pupil already has a permanent exclusion that still
//   stands (previousExclusion). `others` are the pupil's other exclusions; the candidate's own stored
//   version (same id) is ignored.
std::vector<FieldIssue> checkExclusion(const PermanentExclusion& candidate,
                                       const std::vector<PermanentExclusion>& others, const CalendarSet& calendars);

} // namespace casebook
