#pragma once

#include "domain/Placement.h"
#include "services/FieldIssue.h"

#include <vector>

namespace casebook {

// Checks a managed move or off-site direction as entered. Errors: no kind, a school missing at either end, the
// same school at both ends, a review or end before the start. Warnings: an off-site direction with no review
// date (DOMAIN.md says off-site directions are reviewed; it gives no interval, so none is checked here), and an
// overlap with another of the pupil's placements of the same kind (`others`: the pupil's placements; the one
// being edited is recognised by its id and skipped).
// Fields: kind, fromSchool, toSchool, startDate, reviewOn, endDate.
std::vector<FieldIssue> checkPlacement(const Placement& placement, const std::vector<Placement>& others);

} // namespace casebook
