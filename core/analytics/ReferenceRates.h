#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// The national_rates measures (schema CHECK values).
inline const QString kNationalSuspensionRate = QStringLiteral("suspension_rate");
inline const QString kNationalPermanentExclusionRate = QStringLiteral("permanent_exclusion_rate");
inline const QString kNationalOneOrMoreRate = QStringLiteral("one_or_more_suspension_rate");

// One national reference figure (England, all state-funded schools, per 100 pupils for a whole academic year).
// Editable reference data: the DfE publishes a new year each July.
struct NationalRate
{
    QString academicYear; // "2023/24"
    QString measure;      // one of the k*Rate ids above
    double value = 0.0;
    QString source;
    int rowVersion = 0; // 0: not saved yet
};

// The national rates for one academic year; nullopt where none is recorded.
struct NationalYear
{
    std::optional<double> suspensionRate;
    std::optional<double> permanentExclusionRate;
    std::optional<double> oneOrMoreRate;
};

// The figures for `academicYear` among `rates`.
NationalYear nationalYear(const std::vector<NationalRate>& rates, const QString& academicYear);

} // namespace casebook
