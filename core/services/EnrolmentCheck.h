#pragma once

#include "domain/Enrolment.h"
#include "services/FieldIssue.h"

#include <optional>
#include <vector>

namespace casebook {

// Checks an enrolment as edited against the pupil's other enrolments (`others` may include the enrolment
// itself, matched by id): a school and start date (errors); an end before the start, a destination that is the
// school itself, a leaving reason with no end date, a single registration overlapping another single
// registration (errors); an end date with no leaving reason (a warning: where pupils go is evidence).
std::vector<FieldIssue> checkEnrolment(const Enrolment& enrolment, const std::vector<Enrolment>& others);

// Checks a school move: the enrolment it ends (`leaving`, nullopt when the pupil is on no roll) needs a last
// day not before it started and a leaving reason; the destination cannot be the school being left; the new
// enrolment needs a start date and, if single, must not overlap another single registration (counting the
// leaving one as ended). A move to no school after "moved school" or "managed move" with no note is a warning.
std::vector<FieldIssue> checkSchoolMove(const SchoolMove& move, const std::optional<Enrolment>& leaving,
                                        const std::vector<Enrolment>& others);

} // namespace casebook
