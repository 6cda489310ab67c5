#pragma once

#include "rules/GuidanceNumbers.h"

namespace casebook {

// The local authority's settings for Casebook's own alerts (not statutory deadlines). Defaults come from
// GuidanceNumbers.h; officers with the right to change settings may adjust them.
struct AlertThresholds
{
    int limitApproachingWithinDays = guidance::kLimitApproachingWithinDays;
    int repeatSuspensionsPerTerm = guidance::kRepeatSuspensionsPerTerm;
    int repeatDaysPerYear = guidance::kRepeatSuspensionDaysPerYear;
    int eheAfterSuspensionWeeks = guidance::kEheAfterSuspensionWeeks;

    friend bool operator==(const AlertThresholds& a, const AlertThresholds& b)
    {
        return a.limitApproachingWithinDays == b.limitApproachingWithinDays &&
               a.repeatSuspensionsPerTerm == b.repeatSuspensionsPerTerm && a.repeatDaysPerYear == b.repeatDaysPerYear &&
               a.eheAfterSuspensionWeeks == b.eheAfterSuspensionWeeks;
    }
};

} // namespace casebook
