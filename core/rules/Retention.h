#pragma once

#include "rules/GuidanceNumbers.h"

#include <QDate>

namespace casebook {

// The date a pupil's exclusion and inclusion records fall due for destruction: their N-th birthday
// (N is the LA's retention setting). A pupil born on 29 February reaches that birthday on 1 March
// in a non-leap year (the usual reading in England). Null for an unknown date of birth or N < 0.
QDate retentionDate(QDate dateOfBirth, int years = guidance::kDefaultRetentionYears);

} // namespace casebook
