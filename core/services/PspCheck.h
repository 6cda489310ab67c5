#pragma once

#include "domain/Psp.h"
#include "services/FieldIssue.h"

#include <QDate>

#include <vector>

namespace casebook {

// Planning numbers for pastoral support plans. A PSP is a school's own, non-statutory plan, so these are
// practice, not guidance: they live here rather than in rules/GuidanceNumbers.h. DOMAIN.md: a plan
// "typically about 16 weeks with a mid-point review".
constexpr int kPspTypicalWeeks = 16;
// A new plan is offered a review every this many weeks: the mid-point, then the end of a typical plan.
constexpr int kPspReviewEveryWeeks = kPspTypicalWeeks / 2;

// Checks a plan as entered: no school or start, a planned end or end before the start, a review with no due
// date or held before the plan started (errors); a review due after the plan ended, a completed or lapsed
// plan without an end date, and an overlap with another active plan for the pupil in `others` (warnings).
std::vector<FieldIssue> checkPsp(const Psp& candidate, const std::vector<Psp>& others);

// The review due dates a new plan is offered: every `everyWeeks` weeks after `start`, up to and including
// `until` (the planned end; a typical plan's length when null). Always at least one date.
std::vector<QDate> pspReviewSchedule(QDate start, QDate until, int everyWeeks);

} // namespace casebook
