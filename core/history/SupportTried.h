#pragma once

#include "rules/CaseFacts.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace casebook {

// The avenues of support the panel expects to have been tried before a permanent exclusion
// ("all avenues exhausted"). The full list, with what counts for each, is supportAvenues().
enum class SupportAvenue
{
    PastoralSupportPlan,
    PipReferral,
    EhcNeedsAssessment,
    EarlyHelp,
    Outreach,
    AlternativeProvision,
    ManagedMove,
};

// One dated piece of support from the pupil's records, as stored: `source` is the table (or
// "pip_decisions" for a panel decision), `kind` the stored kind or decision ("" when the table has none).
struct SupportRecord
{
    QString source; // psps, pip_referrals, pip_decisions, support_interventions, ap_placements, placements
    QString kind;   // support_interventions.kind, pip_referrals.decision, placements.kind; else ""
    qint64 recordId = 0;
    QDate date; // when it was put in place (start, referral received, decision made)
    bool voided = false;
};

// Which stored records count as one avenue: a source and, when not empty, a kind.
struct SupportMatch
{
    QString source;
    QString kind;
};

struct SupportAvenueDefinition
{
    SupportAvenue avenue = SupportAvenue::PastoralSupportPlan;
    QString id;   // stable: "psp", "pip_referral", ...
    QString name; // for display: "Pastoral support plan"
    std::vector<SupportMatch> matches;
};

// THE list of avenues, in the order the panel reads them, with the records that count for each.
const std::vector<SupportAvenueDefinition>& supportAvenues();

// Whether one avenue was in place before the exclusion decision, and when.
struct AvenueTried
{
    SupportAvenue avenue = SupportAvenue::PastoralSupportPlan;
    QString name;
    bool tried = false; // some record dated before the decision date
    QDate first;        // earliest such date; null when not tried
    QDate latest;       // latest such date; null when not tried
    int times = 0;      // how many records
};

// "Tried 09/09/2024" / "Tried 09/09/2024 to 03/02/2025 (3 times)" / "Not tried before the exclusion".
QString describeAvenue(const AvenueTried& avenue);

struct SupportBeforeExclusion
{
    qint64 exclusionId = 0;
    qint64 schoolId = 0;
    QDate decisionDate;
    bool withdrawn = false;
    std::vector<AvenueTried> avenues; // one per supportAvenues() entry, in that order

    int gaps() const; // avenues not tried
};

// Every avenue of support (supportAvenues() order) and whether it was in place strictly before `day`: what the
// panel weighs when a referral (received on `day`) comes to it. Voided records never count.
std::vector<AvenueTried> avenuesTriedBefore(QDate day, const std::vector<SupportRecord>& support);

// For each permanent exclusion with a decision date (in date order), every avenue of support: in place before
// the decision date (strictly before: support started that day or later is a gap), or not. Voided records never
// count.
std::vector<SupportBeforeExclusion> supportTried(const std::vector<ExclusionFacts>& exclusions,
                                                 const std::vector<SupportRecord>& support);

} // namespace casebook
