#include "analytics/PipEngagement.h"

namespace casebook {

namespace {

void add(PipEngagement& into, const PipEngagementRow& row)
{
    into.referrals += row.referrals;
    into.onAgenda += row.onAgenda;
    into.heard += row.heard;
    into.withdrawn += row.withdrawn;
    if (!row.decision.isEmpty() && row.referrals > 0) {
        into.decided += row.referrals;
        into.decisions[row.decision] += row.referrals;
    }
}

} // namespace

std::vector<PipEngagement> foldPipEngagement(const std::vector<PipEngagementRow>& rows)
{
    std::vector<PipEngagement> out(1); // the LA row
    for (const PipEngagementRow& row : rows) {
        if (out.size() == 1 || out.back().schoolId != row.schoolId) {
            PipEngagement school;
            school.schoolId = row.schoolId;
            school.schoolName = row.schoolName;
            out.push_back(school);
        }
        add(out.back(), row);
        add(out.front(), row);
    }
    return out;
}

} // namespace casebook
