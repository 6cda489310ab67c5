#include "panel/PipDecisions.h"

#include <algorithm>

namespace casebook {

const std::vector<std::pair<QString, QString>>& pipDecisions()
{
    static const std::vector<std::pair<QString, QString>> decisions = {
        {QStringLiteral("outreach_support"), QStringLiteral("Outreach support")},
        {QStringLiteral("ap_placement"), QStringLiteral("Alternative provision placement")},
        {QStringLiteral("managed_move"), QStringLiteral("Managed move")},
        {QStringLiteral("ehc_needs_assessment"), QStringLiteral("EHC needs assessment request")},
        {QStringLiteral("early_help"), QStringLiteral("Early help")},
        {QStringLiteral("no_further_action"), QStringLiteral("No further action")},
        {QStringLiteral("other"), QStringLiteral("Other")},
    };
    return decisions;
}

QString pipDecisionLabel(const QString& decision)
{
    if (decision.isEmpty()) {
        return QStringLiteral("No decision recorded");
    }
    const auto& all = pipDecisions();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& d) { return d.first == decision; });
    return it == all.end() ? decision : it->second;
}

} // namespace casebook
