#include "analytics/ReferenceRates.h"

namespace casebook {

NationalYear nationalYear(const std::vector<NationalRate>& rates, const QString& academicYear)
{
    NationalYear year;
    for (const NationalRate& r : rates) {
        if (r.academicYear != academicYear) {
            continue;
        }
        if (r.measure == kNationalSuspensionRate) {
            year.suspensionRate = r.value;
        } else if (r.measure == kNationalPermanentExclusionRate) {
            year.permanentExclusionRate = r.value;
        } else if (r.measure == kNationalOneOrMoreRate) {
            year.oneOrMoreRate = r.value;
        }
    }
    return year;
}

} // namespace casebook
