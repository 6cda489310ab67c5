#include "analytics/OffRolling.h"

namespace casebook {

bool wellAboveLa(int count, std::optional<double> rate, std::optional<double> laRate)
{
    return count >= analytics::kOffRollingFlagMinPupils && rate && laRate &&
           *rate > analytics::kOffRollingFlagRatio * *laRate;
}

std::vector<OffRollingFigures> withOffRollingFlags(const std::vector<OffRollingFigures>& schools)
{
    OffRollingFigures la;
    for (const OffRollingFigures& s : schools) {
        if (s.exitRate()) {
            la.unexplainedExits += s.unexplainedExits;
            la.yearTenElevenRoll = la.yearTenElevenRoll.value_or(0) + *s.yearTenElevenRoll;
        }
        if (s.eheRate()) {
            la.eheAfterSuspension += s.eheAfterSuspension;
            la.headcount = la.headcount.value_or(0) + *s.headcount;
        }
    }
    std::vector<OffRollingFigures> rows;
    rows.reserve(schools.size() + 1);
    rows.push_back(la);
    for (OffRollingFigures s : schools) {
        s.exitsFlagged = wellAboveLa(s.unexplainedExits, s.exitRate(), la.exitRate());
        s.eheFlagged = wellAboveLa(s.eheAfterSuspension, s.eheRate(), la.eheRate());
        rows.push_back(s);
    }
    return rows;
}

} // namespace casebook
