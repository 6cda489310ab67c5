#pragma once

#include <cstddef>

namespace casebook::demo {

class DemoContext;
class DemoRandom;
class DemoReasons;

// Schools' and the LA's response to a year's suspensions (from suspension `firstSuspension` on), pupil by
// pupil in date order: pastoral support plans after a third suspension, off-site directions, referrals to
// the Pupil Inclusion Panel and what it decided (outreach, AP, managed moves, EHC needs assessments, early
// help), school-commissioned AP, permanent exclusions at about 0.1 per 100 pupils (mostly after repeated
// suspensions), and home education soon after a suspension, concentrated in the off-rolling schools.
// When a pupil leaves, their later suspensions at that school are dropped.
void respondToSuspensions(DemoContext& context, DemoRandom& random, DemoReasons& reasons, int yearIndex,
                          std::size_t firstSuspension);

} // namespace casebook::demo
