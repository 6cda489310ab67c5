#include "domain/Placement.h"

namespace casebook {

const ChoiceList& placementKinds()
{
    static const ChoiceList kinds = {
        {QStringLiteral("Managed move"), QStringLiteral("managed_move")},
        {QStringLiteral("Off-site direction"), QStringLiteral("off_site_direction")},
    };
    return kinds;
}

const ChoiceList& placementOutcomes()
{
    static const ChoiceList outcomes = {
        {QStringLiteral("Successful"), QStringLiteral("successful")},
        {QStringLiteral("Returned to the first school"), QStringLiteral("returned")},
        {QStringLiteral("Ongoing"), QStringLiteral("ongoing")},
        {QStringLiteral("Broke down"), QStringLiteral("broke_down")},
    };
    return outcomes;
}

} // namespace casebook
