#include "history/SupportTried.h"

#include "calendar/UkDate.h"

#include <algorithm>

namespace casebook {

const std::vector<SupportAvenueDefinition>& supportAvenues()
{
    static const QString psps = QStringLiteral("psps");
    static const QString referrals = QStringLiteral("pip_referrals");
    static const QString decisions = QStringLiteral("pip_decisions");
    static const QString support = QStringLiteral("support_interventions");
    static const std::vector<SupportAvenueDefinition> avenues = {
        {SupportAvenue::PastoralSupportPlan,
         QStringLiteral("psp"),
         QStringLiteral("Pastoral support plan"),
         {{psps, {}}, {support, QStringLiteral("pastoral_support_plan")}}},
        {SupportAvenue::PipReferral, QStringLiteral("pip_referral"), QStringLiteral("PIP referral"), {{referrals, {}}}},
        {SupportAvenue::EhcNeedsAssessment,
         QStringLiteral("ehc_needs_assessment"),
         QStringLiteral("EHC needs assessment"),
         {{support, QStringLiteral("ehc_needs_assessment")}, {decisions, QStringLiteral("ehc_needs_assessment")}}},
        {SupportAvenue::EarlyHelp,
         QStringLiteral("early_help"),
         QStringLiteral("Early help"),
         {{support, QStringLiteral("early_help")}, {decisions, QStringLiteral("early_help")}}},
        {SupportAvenue::Outreach,
         QStringLiteral("outreach"),
         QStringLiteral("Outreach"),
         {{support, QStringLiteral("outreach")}, {decisions, QStringLiteral("outreach_support")}}},
        {SupportAvenue::AlternativeProvision,
         QStringLiteral("alternative_provision"),
         QStringLiteral("Alternative provision"),
         {{QStringLiteral("ap_placements"), {}},
          {support, QStringLiteral("alternative_provision")},
          {decisions, QStringLiteral("ap_placement")}}},
        {SupportAvenue::ManagedMove,
         QStringLiteral("managed_move"),
         QStringLiteral("Managed move"),
         {{QStringLiteral("placements"), QStringLiteral("managed_move")}, {decisions, QStringLiteral("managed_move")}}},
    };
    return avenues;
}

QString describeAvenue(const AvenueTried& avenue)
{
    if (!avenue.tried) {
        return QStringLiteral("Not tried before the exclusion");
    }
    if (avenue.times == 1 || avenue.first == avenue.latest) {
        return QStringLiteral("Tried %1").arg(ukDate(avenue.first));
    }
    return QStringLiteral("Tried %1 to %2 (%3 times)")
        .arg(ukDate(avenue.first), ukDate(avenue.latest))
        .arg(avenue.times);
}

int SupportBeforeExclusion::gaps() const
{
    return static_cast<int>(
        std::count_if(avenues.begin(), avenues.end(), [](const AvenueTried& a) { return !a.tried; }));
}

namespace {

bool matches(const SupportAvenueDefinition& definition, const SupportRecord& record)
{
    return std::any_of(definition.matches.begin(), definition.matches.end(), [&](const SupportMatch& m) {
        return m.source == record.source && (m.kind.isEmpty() || m.kind == record.kind);
    });
}

} // namespace

std::vector<AvenueTried> avenuesTriedBefore(QDate day, const std::vector<SupportRecord>& support)
{
    std::vector<AvenueTried> avenues;
    for (const SupportAvenueDefinition& definition : supportAvenues()) {
        AvenueTried tried;
        tried.avenue = definition.avenue;
        tried.name = definition.name;
        for (const SupportRecord& record : support) {
            if (record.voided || !record.date.isValid() || !day.isValid() || record.date >= day ||
                !matches(definition, record)) {
                continue;
            }
            tried.tried = true;
            ++tried.times;
            tried.first = tried.first.isValid() ? std::min(tried.first, record.date) : record.date;
            tried.latest = tried.latest.isValid() ? std::max(tried.latest, record.date) : record.date;
        }
        avenues.push_back(tried);
    }
    return avenues;
}

std::vector<SupportBeforeExclusion> supportTried(const std::vector<ExclusionFacts>& exclusions,
                                                 const std::vector<SupportRecord>& support)
{
    std::vector<SupportBeforeExclusion> result;
    for (const ExclusionFacts& exclusion : exclusions) {
        if (!exclusion.decisionDate.isValid()) {
            continue;
        }
        SupportBeforeExclusion before;
        before.exclusionId = exclusion.id;
        before.schoolId = exclusion.schoolId;
        before.decisionDate = exclusion.decisionDate;
        before.withdrawn = exclusion.withdrawn;
        before.avenues = avenuesTriedBefore(exclusion.decisionDate, support);
        result.push_back(std::move(before));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const SupportBeforeExclusion& a, const SupportBeforeExclusion& b) {
                         return a.decisionDate < b.decisionDate;
                     });
    return result;
}

} // namespace casebook
