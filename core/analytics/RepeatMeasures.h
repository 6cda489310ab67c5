#pragma once

#include "analytics/Rates.h"

#include <QString>

namespace casebook::analytics {

// "Repeat suspensions" in the sense: this many suspensions or more in one academic year. A Casebook
// reporting choice (issue 6), not a statutory number; the live alert uses a per-term count
// (guidance::kRepeatSuspensionsPerTerm).
constexpr int kRepeatSuspensionsPerYear = 3;

} // namespace casebook::analytics

namespace casebook {

// Repeat and escalation measures for one school (schoolId set) or LA-wide (schoolId 0) in an academic year.
struct RepeatFigures
{
    qint64 schoolId = 0;
    QString schoolName;
    int pupilsSuspended = 0;  // pupils with one or more suspension here in the year
    int pupilsRepeated = 0;   // of them, with kRepeatSuspensionsPerYear or more here (LA-wide: anywhere)
    int pupilsOverLimit = 0;  // of them, over the 45-day limit in the year counting every school
    int excludedPupils = 0;   // pupils permanently excluded here in the year
    int excludedAfterPsp = 0; // of them, with a PSP begun before their first exclusion of the year
    int excludedAfterPip = 0; // of them, with a PIP referral received before it
    int excludedAfterEither = 0;

    // Share of permanently excluded pupils who had a PSP or PIP referral first; nullopt with no exclusions.
    std::optional<double> supportedFirstPercent() const { return sharePercent(excludedAfterEither, excludedPupils); }
};

} // namespace casebook
