#pragma once

#include "analytics/Rates.h"

#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// Reason codes as a share of reasons given (DfE): a suspension with two reasons gives two reasons.
struct ReasonShare
{
    QString kind; // "suspension" or "permanent_exclusion"
    QString code; // "DB"
    QString description;
    int reasons = 0;      // times this code was given
    int totalReasons = 0; // every reason given for this kind in the scope and period
    std::optional<double> sharePercent() const { return casebook::sharePercent(reasons, totalReasons); }
};

// The dimensions of the characteristic breakdowns (stable ids).
inline const QString kBySex = QStringLiteral("sex");
inline const QString kBySen = QStringLiteral("sen");
inline const QString kByFsm = QStringLiteral("fsm");
inline const QString kByLookedAfter = QStringLiteral("looked_after");
inline const QString kByEthnicity = QStringLiteral("ethnicity");
inline const QString kByYearGroup = QStringLiteral("year_group");

// One group of one dimension (SEN support pupils, Year 9, ...) with its rates and its disproportionality:
// the group's rate over the rate of everyone else in the same dimension.
struct GroupFigures
{
    QString dimension; // kBySex ...
    QString group;     // the stored value: "K", "1", "F", "Black", "9"
    QString label;     // plain English: "SEN support", "FSM eligible", "Female", "Black", "Year 9"
    qint64 pupils = 0; // the denominator: pupils in the group on the census day (0: no pupils, no rates)
    int suspensions = 0;
    int pupilsSuspended = 0;
    int permanentExclusions = 0;

    std::optional<double> suspensionRate;
    std::optional<double> oneOrMoreRate;
    std::optional<double> permanentExclusionRate;
    // The group's rate over the rate of all other groups of the dimension that have pupils; nullopt when
    // the group has no pupils, the rest has none, or the rest's rate is 0.
    std::optional<double> suspensionRatio;
    std::optional<double> oneOrMoreRatio;
    std::optional<double> permanentExclusionRatio;
};

// A group's raw counts, as the breakdown queries return them.
struct GroupCounts
{
    QString dimension;
    QString group;
    qint64 pupils = 0;
    int suspensions = 0;
    int pupilsSuspended = 0;
    int permanentExclusions = 0;
};

// Shares for each row against the total reasons of its kind. Pure.
std::vector<ReasonShare> withReasonTotals(std::vector<ReasonShare> rows);

// Rates and disproportionality for every group, dimension by dimension, in the order given. The "rest" of a
// group is every other group of its dimension that has pupils (events of pupils in a group with no
// population count in neither side). Pure.
std::vector<GroupFigures> disproportionality(const std::vector<GroupCounts>& counts);

// The plain-English name of a group ("SEN support", "Year 9", "Not recorded").
QString groupLabel(const QString& dimension, const QString& group);

} // namespace casebook
