#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Breakdowns.h"
#include "analytics/Comparison.h"
#include "analytics/PipEngagement.h"
#include "analytics/ReferenceRates.h"
#include "analytics/RepeatMeasures.h"
#include "analytics/SchoolFigures.h"
#include "common/Result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

class Database;

// Remembers the LA-wide results every dashboard shares (the LA trend, the LA characteristics, the national
// reference rates, the LA reasons, and the repeat and PIP measures that are computed for every school at once)
// for one Database, so a second dashboard, or the same one reopened, does not recompute them.
// Before answering, each call reads the database's data stamp (Database::dataStamp: one tiny query); when it
// differs from the stamp the results were computed under, every result is dropped and recomputed, so a write to
// suspensions, exclusions, enrolments, census rolls, reference rates or anything else is never hidden. A dialect
// with no stamp never reuses a result. Same calls and results as the repositories, so callers can switch.
// One per connection and thread, like the Database it reads.
class AnalyticsCache
{
public:
    explicit AnalyticsCache(Database& db) : m_db(db) {}

    // SchoolFiguresRepository::laTrend for every loaded period, per (granularity, filter).
    Result<std::vector<PeriodFigures>> laTrend(Granularity granularity, const SchoolFilter& filter = {});
    // BreakdownRepository::characteristics LA-wide, per (period, filter). The census-day population is kept per
    // (academic year, filter), so the terms of a year share it.
    Result<std::vector<GroupFigures>> laCharacteristics(const Period& period, const SchoolFilter& filter = {});
    // The LA trend when it is already held for the current data, without computing it.
    std::optional<std::vector<PeriodFigures>> heldLaTrend(Granularity granularity, const SchoolFilter& filter = {});
    // Keeps an LA trend computed elsewhere if the data has not changed since `computedUnder` was read.
    void offerLaTrend(Granularity granularity, const SchoolFilter& filter, std::vector<PeriodFigures> rows,
                      const QString& computedUnder);
    // The LA characteristics when they are already held for the current data, without computing them.
    std::optional<std::vector<GroupFigures>> heldLaCharacteristics(const Period& period,
                                                                   const SchoolFilter& filter = {});
    // The data stamp now (empty when it cannot be read): what a result computed elsewhere was computed under.
    QString currentStamp();
    // Keeps LA characteristics computed elsewhere (a worker thread's own connection) if the data has not changed
    // since `computedUnder` was read; otherwise they are dropped.
    void offerLaCharacteristics(const Period& period, const SchoolFilter& filter, std::vector<GroupFigures> figures,
                                const QString& computedUnder);
    // ReferenceRatesRepository::all.
    Result<std::vector<NationalRate>> nationalRates();
    // BreakdownRepository::reasonShares LA-wide, per (period, filter).
    Result<std::vector<ReasonShare>> laReasons(const Period& period, const SchoolFilter& filter = {});
    // RepeatMeasuresRepository::measures (every school and the LA row), per (academic year, filter).
    Result<std::vector<RepeatFigures>> repeatMeasures(const QString& academicYear, const SchoolFilter& filter = {});
    // PipEngagementRepository::engagement (every school and the LA row), per (academic year, filter).
    Result<std::vector<PipEngagement>> pipEngagement(const QString& academicYear, const SchoolFilter& filter = {});
    // ComparisonRepository::schoolAgainstLa with the LA trend and national rates from the cache (the school's own
    // trend is always read: it is cheap and specific to one dashboard).
    Result<std::vector<ComparedPeriod>> schoolAgainstLa(qint64 schoolId, Granularity granularity,
                                                        const SchoolFilter& la = {});

    // What the cache did since it was made: answers served from memory, results computed, and census-day
    // populations computed for the characteristics.
    struct Counters
    {
        int hits = 0;
        int computed = 0;
        int populations = 0;
    };
    const Counters& counters() const { return m_counters; }
    // Forgets every result (the next call of each kind computes).
    void clear();

private:
    // Drops everything when the data changed since the results were computed; false when the stamp could not
    // be read (error set).
    bool refresh(Error& error);
    // The result under `key` in `results`, computed by `compute` (a Result of the same type) when missing.
    template <typename T, typename Compute>
    Result<T> cached(QHash<QString, T>& results, const QString& key, Compute compute);

    Database& m_db;
    QString m_stamp; // the data stamp the results below were computed under; empty: none kept
    QHash<QString, std::vector<PeriodFigures>> m_laTrends;
    QHash<QString, std::vector<GroupCounts>> m_populations;
    QHash<QString, std::vector<GroupFigures>> m_characteristics;
    std::optional<std::vector<NationalRate>> m_national;
    QHash<QString, std::vector<ReasonShare>> m_laReasons;
    QHash<QString, std::vector<RepeatFigures>> m_repeat;
    QHash<QString, std::vector<PipEngagement>> m_pip;
    Counters m_counters;
};

} // namespace casebook
