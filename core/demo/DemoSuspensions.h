#pragma once

#include <array>
#include <cstddef>

namespace casebook::demo {

class DemoContext;
class DemoRandom;

// How many suspensions a year's risk turns into, per phase (primary, secondary, special, PRU).
struct SuspensionScale
{
    std::array<double, 4> perRisk{};
};

// National-like rates per 100 pupils on roll, by phase (before the year trend).
inline constexpr std::array<double, 4> kSuspensionRatePer100 = {2.0, 20.0, 12.0, 55.0};

// A year's trend: rates have risen year on year nationally; the final year is at the full rate.
double suspensionTrend(const DemoContext& context, int yearIndex);

// Suspensions for every stretch of an enrolment in the year, from enrolment `fromEnrolment` on. Each
// pupil's number depends on phase, NC year (peaking in Years 8 to 10), sex, SEN, FSM, looked-after status,
// ethnicity, the school and a lasting personal propensity, so that many pupils have one short suspension and
// a few have many. Every first day is a school day at the school, while the pupil is on its roll, and no
// later than today. With `calibrate`, the scale is set so the year's rate per phase meets the target.
void generateSuspensions(DemoContext& context, DemoRandom& random, int yearIndex, std::size_t fromEnrolment,
                         SuspensionScale& scale, bool calibrate);

} // namespace casebook::demo
