#include "history/ChronologyGroups.h"

#include <QHash>

namespace casebook {

const std::vector<ChronologyGroupInfo>& chronologyGroups()
{
    static const std::vector<ChronologyGroupInfo> groups = {
        {ChronologyGroup::SchoolMoves, QStringLiteral("School moves")},
        {ChronologyGroup::Suspensions, QStringLiteral("Suspensions")},
        {ChronologyGroup::ExclusionStages, QStringLiteral("Permanent exclusion and reviews")},
        {ChronologyGroup::Psps, QStringLiteral("Pastoral support plans")},
        {ChronologyGroup::Panel, QStringLiteral("Inclusion panel (PIP)")},
        {ChronologyGroup::Support, QStringLiteral("Support and interventions")},
        {ChronologyGroup::Placements, QStringLiteral("Managed moves and placements")},
        {ChronologyGroup::EheCme, QStringLiteral("Home education and missing education")},
        {ChronologyGroup::CaseNotes, QStringLiteral("Case notes")},
    };
    return groups;
}

std::optional<ChronologyGroup> chronologyGroupOf(const QString& kind)
{
    static const QHash<QString, ChronologyGroup> groups = {
        {QStringLiteral("enrolled"), ChronologyGroup::SchoolMoves},
        {QStringLiteral("left_school"), ChronologyGroup::SchoolMoves},
        {QStringLiteral("suspension"), ChronologyGroup::Suspensions},
        {QStringLiteral("permanent_exclusion"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("board_meeting"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("irp_application"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("irp_meeting"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("reconsideration"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("exclusion_withdrawn"), ChronologyGroup::ExclusionStages},
        {QStringLiteral("psp_started"), ChronologyGroup::Psps},
        {QStringLiteral("psp_review"), ChronologyGroup::Psps},
        {QStringLiteral("pip_referral"), ChronologyGroup::Panel},
        {QStringLiteral("pip_decision"), ChronologyGroup::Panel},
        {QStringLiteral("support"), ChronologyGroup::Support},
        {QStringLiteral("managed_move"), ChronologyGroup::Placements},
        {QStringLiteral("off_site_direction"), ChronologyGroup::Placements},
        {QStringLiteral("ap_placement"), ChronologyGroup::Placements},
        {QStringLiteral("ehe"), ChronologyGroup::EheCme},
        {QStringLiteral("cme"), ChronologyGroup::EheCme},
        {QStringLiteral("case_note"), ChronologyGroup::CaseNotes},
    };
    const auto it = groups.constFind(kind);
    if (it == groups.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

std::optional<CaseRecordKind> recordKindOfTable(const QString& table)
{
    for (CaseRecordKind kind : allCaseRecordKinds()) {
        const std::vector<RecordTable> tables = recordTables(kind);
        if (!tables.empty() && tables.front().name == table) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace casebook
