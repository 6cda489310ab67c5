#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Breakdowns.h"
#include "analytics/Comparison.h"
#include "analytics/ReferenceRates.h"
#include "analytics/SchoolFigures.h"
#include "common/Result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

class Database;

// Remembers the LA-wide results every dashboard shares (the LA trend, the LA characteristics, the national
// reference rates) for one Database, so a second dashboard, or the same one reopened, does not recompute them.
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
    // ReferenceRatesRepository::all.
    Result<std::vector<NationalRate>> nationalRates();
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

    Database& m_db;
    QString m_stamp; // the data stamp the results below were computed under; empty: none kept
    QHash<QString, std::vector<PeriodFigures>> m_laTrends;
    QHash<QString, std::vector<GroupCounts>> m_populations;
    QHash<QString, std::vector<GroupFigures>> m_characteristics;
    std::optional<std::vector<NationalRate>> m_national;
    Counters m_counters;
};

} // namespace casebook
