#pragma once

#include <QString>

namespace casebook {

// Exclusion figures for one school (or the LA) in one term, with the January census headcount.
// Rates follow the DfE: per 100 pupils on roll; the one-or-more rate counts pupils, not suspensions.
struct TermFigures
{
    qint64 schoolId = 0;
    QString schoolName;
    QString academicYear; // 2024/25
    QString term;         // autumn, spring, summer
    int suspensions = 0;
    int pupilsSuspended = 0; // pupils with one or more suspension
    double days = 0.0;       // school days lost (sessions / 2)
    int permanentExclusions = 0;
    int headcount = -1; // -1: no census figure for the year

    bool hasRoll() const { return headcount > 0; }
    double suspensionRate() const { return hasRoll() ? 100.0 * suspensions / headcount : 0.0; }
    double oneOrMoreRate() const { return hasRoll() ? 100.0 * pupilsSuspended / headcount : 0.0; }
    double permanentExclusionRate() const { return hasRoll() ? 100.0 * permanentExclusions / headcount : 0.0; }
};

} // namespace casebook
