#pragma once

#include "domain/PipReferral.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Checks a panel referral as entered: no school, received date or reason; a decision dated before the
// referral was received; "decided" without a decision; "on the agenda" without a meeting; an action without
// its description, owner or due date, or done before the referral was received (errors, naming the action's
// row); a decision without a date (a warning).
std::vector<FieldIssue> checkPipReferral(const PipReferral& candidate);

} // namespace casebook
