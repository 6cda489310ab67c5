#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace casebook {

// A DfE reason for a suspension or permanent exclusion, valid over a date range (the DfE revises
// the list; the list in force on the date of the decision applies).
struct ReasonCode
{
    QString code;
    QString description;
    QDate validFrom;
    std::optional<QDate> validTo; // inclusive; nullopt = still in force

    bool validOn(QDate date) const;
};

// The reason codes Casebook ships with, in display order; migration 0002 seeds the same rows
// (code, description, valid from, valid to) and the two must stay equal:
// - codes kept through the September 2020 revision (PP PA VP VA BU RA LG DS SM DA DM TH), one row
//   each, valid from legacyReasonCodesFrom() with no end;
// - codes withdrawn in 2020 (PD persistent disruptive behaviour, OT other), valid to 31/08/2020;
// - codes introduced in 2020 (OW DB MT PH), valid from 01/09/2020.
// LG and DS are treated as existing before 2020 (as homophobic / disability abuse); if that proves
// wrong, change their rows here and in the migration together.
std::vector<ReasonCode> builtInReasonCodes();

// 01/09/2006: Casebook's convention for "as far back as records go" (exclusion reasons have been in
// the school census since about then); not a DfE revision date.
QDate legacyReasonCodesFrom();

// The row for `code` in force on `date`, if any.
std::optional<ReasonCode> reasonCodeOn(const QString& code, QDate date, const std::vector<ReasonCode>& table);
// Every code in force on `date`, in table order (for pickers).
std::vector<ReasonCode> reasonCodesValidOn(QDate date, const std::vector<ReasonCode>& table);

// Checks the reasons given for one suspension or exclusion decided on `onDate`: at least one, at
// most three, no duplicates, each in force on that date. Codes are compared trimmed and upper-cased.
Status validateReasonCodes(const QStringList& codes, QDate onDate, const std::vector<ReasonCode>& table);

} // namespace casebook
