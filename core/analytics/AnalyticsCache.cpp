#include "analytics/AnalyticsCache.h"

#include "analytics/BreakdownRepository.h"
#include "analytics/PipEngagementRepository.h"
#include "analytics/ReferenceRatesRepository.h"
#include "analytics/RepeatMeasuresRepository.h"
#include "analytics/SchoolFiguresRepository.h"
#include "db/Database.h"

namespace casebook {

namespace {

// A key part for the filter; fields joined with a character no phase, locality or trust name holds.
QString filterKey(const SchoolFilter& filter)
{
    return filter.phase + QChar(0x1f) + filter.locality + QChar(0x1f) + filter.trust;
}

QString granularityKey(Granularity granularity)
{
    return granularity == Granularity::Term ? QStringLiteral("term") : QStringLiteral("year");
}

} // namespace

void AnalyticsCache::clear()
{
    m_stamp.clear();
    m_laTrends.clear();
    m_populations.clear();
    m_characteristics.clear();
    m_national.reset();
    m_laReasons.clear();
    m_repeat.clear();
    m_pip.clear();
}

template <typename T, typename Compute>
Result<T> AnalyticsCache::cached(QHash<QString, T>& results, const QString& key, Compute compute)
{
    Error error;
    if (!refresh(error)) {
        return error;
    }
    if (auto it = results.constFind(key); it != results.constEnd()) {
        ++m_counters.hits;
        return it.value();
    }
    Result<T> computed = compute();
    if (!computed) {
        return computed.error();
    }
    ++m_counters.computed;
    results.insert(key, computed.value());
    return computed;
}

Result<std::vector<ReasonShare>> AnalyticsCache::laReasons(const Period& period, const SchoolFilter& filter)
{
    return cached(m_laReasons, period.academicYear + QChar(0x1e) + period.term + QChar(0x1e) + filterKey(filter),
                  [&] { return BreakdownRepository(m_db).reasonShares(Scope::la(filter), period); });
}

Result<std::vector<RepeatFigures>> AnalyticsCache::repeatMeasures(const QString& academicYear,
                                                                  const SchoolFilter& filter)
{
    return cached(m_repeat, academicYear + QChar(0x1e) + filterKey(filter),
                  [&] { return RepeatMeasuresRepository(m_db).measures(academicYear, filter); });
}

Result<std::vector<PipEngagement>> AnalyticsCache::pipEngagement(const QString& academicYear,
                                                                 const SchoolFilter& filter)
{
    return cached(m_pip, academicYear + QChar(0x1e) + filterKey(filter),
                  [&] { return PipEngagementRepository(m_db).engagement(academicYear, filter); });
}

bool AnalyticsCache::refresh(Error& error)
{
    auto stamp = m_db.dataStamp();
    if (!stamp) {
        error = stamp.error();
        return false;
    }
    if (stamp.value().isEmpty() || stamp.value() != m_stamp) {
        clear();
        m_stamp = stamp.value();
    }
    return true;
}

Result<std::vector<PeriodFigures>> AnalyticsCache::laTrend(Granularity granularity, const SchoolFilter& filter)
{
    return cached(m_laTrends, granularityKey(granularity) + QChar(0x1e) + filterKey(filter),
                  [&] { return SchoolFiguresRepository(m_db).laTrend(granularity, filter); });
}

namespace {

QString characteristicsKey(const Period& period, const SchoolFilter& filter)
{
    return period.academicYear + QChar(0x1e) + period.term + QChar(0x1e) + filterKey(filter);
}

} // namespace

std::optional<std::vector<GroupFigures>> AnalyticsCache::heldLaCharacteristics(const Period& period,
                                                                               const SchoolFilter& filter)
{
    Error error;
    if (!refresh(error)) {
        return std::nullopt;
    }
    if (auto it = m_characteristics.constFind(characteristicsKey(period, filter)); it != m_characteristics.constEnd()) {
        ++m_counters.hits;
        return it.value();
    }
    return std::nullopt;
}

std::optional<std::vector<PeriodFigures>> AnalyticsCache::heldLaTrend(Granularity granularity,
                                                                      const SchoolFilter& filter)
{
    Error error;
    if (!refresh(error)) {
        return std::nullopt;
    }
    if (auto it = m_laTrends.constFind(granularityKey(granularity) + QChar(0x1e) + filterKey(filter));
        it != m_laTrends.constEnd()) {
        ++m_counters.hits;
        return it.value();
    }
    return std::nullopt;
}

void AnalyticsCache::offerLaTrend(Granularity granularity, const SchoolFilter& filter, std::vector<PeriodFigures> rows,
                                  const QString& computedUnder)
{
    Error error;
    if (computedUnder.isEmpty() || !refresh(error) || m_stamp != computedUnder) {
        return; // the data changed meanwhile (or has no stamp): the figures may be stale
    }
    m_laTrends.insert(granularityKey(granularity) + QChar(0x1e) + filterKey(filter), std::move(rows));
}

QString AnalyticsCache::currentStamp()
{
    auto stamp = m_db.dataStamp();
    return stamp ? stamp.value() : QString();
}

void AnalyticsCache::offerLaCharacteristics(const Period& period, const SchoolFilter& filter,
                                            std::vector<GroupFigures> figures, const QString& computedUnder)
{
    Error error;
    if (computedUnder.isEmpty() || !refresh(error) || m_stamp != computedUnder) {
        return; // the data changed meanwhile (or has no stamp): the figures may be stale
    }
    m_characteristics.insert(characteristicsKey(period, filter), std::move(figures));
}

Result<std::vector<GroupFigures>> AnalyticsCache::laCharacteristics(const Period& period, const SchoolFilter& filter)
{
    Error error;
    if (!refresh(error)) {
        return error;
    }
    const QString key = characteristicsKey(period, filter);
    if (auto it = m_characteristics.constFind(key); it != m_characteristics.constEnd()) {
        ++m_counters.hits;
        return it.value();
    }
    BreakdownRepository breakdowns(m_db);
    const Scope scope = Scope::la(filter);
    const QString populationKey = period.academicYear + QChar(0x1e) + filterKey(filter);
    auto population = m_populations.constFind(populationKey);
    if (population == m_populations.constEnd()) {
        auto counted = breakdowns.populationCounts(scope, period.academicYear);
        if (!counted) {
            return counted.error();
        }
        ++m_counters.populations;
        population = m_populations.insert(populationKey, counted.value());
    }
    auto events = breakdowns.eventCounts(scope, period);
    if (!events) {
        return events.error();
    }
    ++m_counters.computed;
    std::vector<GroupFigures> figures = disproportionality(mergeGroupCounts(population.value(), events.value()));
    m_characteristics.insert(key, figures);
    return figures;
}

Result<std::vector<NationalRate>> AnalyticsCache::nationalRates()
{
    Error error;
    if (!refresh(error)) {
        return error;
    }
    if (m_national) {
        ++m_counters.hits;
        return *m_national;
    }
    auto rates = ReferenceRatesRepository(m_db).all();
    if (!rates) {
        return rates.error();
    }
    ++m_counters.computed;
    m_national = rates.value();
    return rates;
}

Result<std::vector<ComparedPeriod>> AnalyticsCache::schoolAgainstLa(qint64 schoolId, Granularity granularity,
                                                                    const SchoolFilter& la)
{
    auto school = SchoolFiguresRepository(m_db).schoolTrend(schoolId, granularity);
    if (!school) {
        return school.error();
    }
    auto laRows = laTrend(granularity, la);
    if (!laRows) {
        return laRows.error();
    }
    auto national = nationalRates();
    if (!national) {
        return national.error();
    }
    return comparePeriods(school.value(), laRows.value(), national.value());
}

} // namespace casebook
