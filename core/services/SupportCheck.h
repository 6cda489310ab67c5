#pragma once

#include "domain/Support.h"
#include "services/FieldIssue.h"

#include <QDate>

#include <vector>

namespace casebook {

// Support is often booked ahead (an assessment next term), but a start further ahead than this is more likely
// a mistyped year: a warning, not a refusal. Casebook's choice, not a statutory number.
constexpr int kSupportStartAheadMonths = 6;

// Checks support as entered: a kind the schema knows, a start date, an end before the start (errors); a start
// more than kSupportStartAheadMonths after `today` (a warning). Fields: kind, startDate, endDate.
std::vector<FieldIssue> checkSupport(const Support& support, QDate today);

} // namespace casebook
