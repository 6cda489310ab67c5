#pragma once

#include "analytics/Rates.h"

#include <QString>

#include <optional>
#include <vector>

namespace casebook::analytics {

// "Well above the LA pattern": a school's indicator rate is more than this many times the LA-wide rate ...
constexpr double kOffRollingFlagRatio = 2.0;
// ... and rests on at least this many pupils, so that one or two leavers at a small school raise no flag
// (a rate on one or two pupils swings on chance alone).
constexpr int kOffRollingFlagMinPupils = 3;

} // namespace casebook::analytics

namespace casebook {

// Off-rolling indicators for one school (schoolId set) or LA-wide (schoolId 0) in an academic year.
struct OffRollingFigures
{
    qint64 schoolId = 0;
    QString schoolName;
    // Pupils in Years 10 and 11 who left the roll in the year other than to another state school.
    int unexplainedExits = 0;
    std::optional<qint64> yearTenElevenRoll; // census headcount of Years 10 and 11; nullopt: no year groups
    // Elective home education registrations in the year that followed a suspension here within
    // guidance::kEheAfterSuspensionWeeks weeks.
    int eheAfterSuspension = 0;
    std::optional<qint64> headcount; // January census; nullopt: no roll

    bool exitsFlagged = false; // well above the LA pattern (analytics::kOffRollingFlag*)
    bool eheFlagged = false;

    // Per 100 pupils in Years 10 and 11 / per 100 on roll; nullopt: no roll figure.
    std::optional<double> exitRate() const { return ratePer100(unexplainedExits, yearTenElevenRoll); }
    std::optional<double> eheRate() const { return ratePer100(eheAfterSuspension, headcount); }
};

// True when a school's `count` and `rate` are well above the LA's rate (see the constants above).
bool wellAboveLa(int count, std::optional<double> rate, std::optional<double> laRate);

// Adds the LA row (first; sums of the schools that have the denominator, so numerator and denominator cover
// the same schools) and sets each school's flags against it. Pure.
std::vector<OffRollingFigures> withOffRollingFlags(const std::vector<OffRollingFigures>& schools);

} // namespace casebook
