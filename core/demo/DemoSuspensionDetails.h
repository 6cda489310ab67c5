#pragma once

#include <cstddef>

namespace casebook::demo {

class DemoContext;
class DemoRandom;
class DemoReasons;

// Fills in what the school and the LA recorded about each of a year's suspensions (from `firstSuspension`
// on): reasons valid on the decision date and a detail line; parent, governing board, LA, social worker and
// virtual school notifications (mostly recorded since September 2022, patchier before, often still missing
// for the last week); reintegration meetings; sixth-day provision for suspensions over five days; the
// governing board's review where a pupil's days in a term pass 15 (or a parent asks, over 5); exam clashes;
// and a few cancellations.
void completeSuspensions(DemoContext& context, DemoRandom& random, DemoReasons& reasons, int yearIndex,
                         std::size_t firstSuspension);

} // namespace casebook::demo
