#pragma once

#include "caserecords/CaseRecordKind.h"

#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// The chronology's event kinds gathered into the groups an officer filters by, in plain English.
enum class ChronologyGroup
{
    SchoolMoves,     // joined, left
    Suspensions,     // suspensions
    ExclusionStages, // permanent exclusion, governing board, independent review panel
    Psps,            // plans and their reviews
    Panel,           // inclusion panel referrals and decisions
    Support,         // support and interventions
    Placements,      // managed moves, off-site directions, alternative provision
    EheCme,          // elective home education, children missing education
    CaseNotes,
};

struct ChronologyGroupInfo
{
    ChronologyGroup group;
    QString name; // "School moves", "Suspensions", ...
};

// Every group, in the order a filter offers them.
const std::vector<ChronologyGroupInfo>& chronologyGroups();
// The group of a ChronologyEvent::kind; nullopt for a kind Casebook does not know.
std::optional<ChronologyGroup> chronologyGroupOf(const QString& kind);
// The kind of record a ChronologyEvent::source table holds (the form that opens it); nullopt for none.
std::optional<CaseRecordKind> recordKindOfTable(const QString& table);

} // namespace casebook
