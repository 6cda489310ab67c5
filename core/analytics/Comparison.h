#pragma once

#include "analytics/ReferenceRates.h"
#include "analytics/SchoolFigures.h"

#include <vector>

namespace casebook {

// One school's figures for a period beside the LA's for the same period and, for whole academic years, the
// national reference rates. National figures are annual, so term rows carry none (a termly rate is not
// comparable with an annual one).
struct ComparedPeriod
{
    PeriodFigures school;
    PeriodFigures la; // the LA row for the same period (zero counts and no roll when the LA has none)
    NationalYear national;

    // The school's rate over the LA's (1.0: the same); nullopt when either has no rate.
    std::optional<double> suspensionRateAgainstLa() const
    {
        return rateRatio(school.suspensionRate(), la.suspensionRate());
    }
    std::optional<double> permanentExclusionRateAgainstLa() const
    {
        return rateRatio(school.permanentExclusionRate(), la.permanentExclusionRate());
    }
};

// Pairs each school row with the LA row for the same academic year and term, and the national figures for
// whole years. Pure: the three lists come from SchoolFiguresRepository and ReferenceRatesRepository.
std::vector<ComparedPeriod> comparePeriods(const std::vector<PeriodFigures>& school,
                                           const std::vector<PeriodFigures>& la,
                                           const std::vector<NationalRate>& national);

} // namespace casebook
