#pragma once

#include "domain/ApPlacement.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Days a week an AP placement can be recorded for: half a day to the whole school week, in halves (the
// schema refuses anything outside 0.5 to 5).
constexpr double kApMinDaysPerWeek = 0.5;
constexpr double kApFullTimeDaysPerWeek = 5.0;

// Checks an AP placement as entered. Errors: no provider name, no start, an end before the start, days a week
// outside 0.5 to 5 or not in halves, a negative cost. Warnings: part-time (fewer than 5 days a week: DOMAIN.md
// rule 4 says a suspended or permanently excluded pupil must still get full-time education from the sixth
// day), and "commissioned by the school" with no commissioning school.
// Fields: providerName, commissioningSchool, startDate, endDate, daysPerWeek, cost.
std::vector<FieldIssue> checkApPlacement(const ApPlacement& placement);

} // namespace casebook
