#pragma once

#include "analytics/Rates.h"
#include "rules/GuidanceNumbers.h"

#include <QDate>
#include <QString>

#include <optional>

namespace casebook {

// Whether a period's figures have a denominator.
enum class RollState
{
    Known,   // a January census headcount above 0 for the academic year
    NoRoll,  // no census figure (or 0): counts are shown, rates are "no roll"
    NotOpen, // the school was not open on any day of the period
};

// Exclusion figures for one school (schoolId set) or LA-wide (schoolId 0) in one term or academic year.
// Counts follow analytics_sql::countedSuspension / countedExclusion (see docs/analytics.md). The rates are
// the DfE's: per 100 pupils on the January census roll; the one-or-more rate counts pupils, not suspensions.
struct PeriodFigures
{
    qint64 schoolId = 0; // 0: LA-wide
    QString schoolName;  // empty for LA-wide rows
    QString academicYear;
    QString term; // "autumn", "spring", "summer"; empty for a whole academic year
    QDate firstDay;
    QDate lastDay;
    bool open = true;
    int suspensions = 0;
    int pupilsSuspended = 0; // pupils with one or more suspension
    int sessions = 0;        // sessions lost (a session is half a school day)
    int permanentExclusions = 0;
    int reinstated = 0;              // of the permanent exclusions, how many were later reinstated
    std::optional<qint64> headcount; // January census for the academic year; nullopt: no roll figure
    int schoolsWithRoll = 0;         // LA-wide rows: schools open in the period whose roll is counted
    int schoolsWithoutRoll = 0;      // LA-wide rows: schools open in the period with no roll (left out)

    double daysLost() const { return static_cast<double>(sessions) / guidance::kSessionsPerDay; }
    RollState rollState() const
    {
        if (!open) {
            return RollState::NotOpen;
        }
        return headcount && *headcount > 0 ? RollState::Known : RollState::NoRoll;
    }
    std::optional<qint64> roll() const { return rollState() == RollState::Known ? headcount : std::nullopt; }
    std::optional<double> suspensionRate() const { return ratePer100(suspensions, roll()); }
    std::optional<double> oneOrMoreRate() const { return ratePer100(pupilsSuspended, roll()); }
    std::optional<double> permanentExclusionRate() const { return ratePer100(permanentExclusions, roll()); }
};

// "no roll", "not open" or the rate to two decimals.
QString rateText(const PeriodFigures& figures, std::optional<double> rate);

} // namespace casebook
