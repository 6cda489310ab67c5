#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/OffRolling.h"
#include "analytics/ReferenceRates.h"
#include "analytics/RepeatMeasures.h"
#include "analytics/SchoolFigures.h"
#include "common/Result.h"

#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace casebook {

class AnalyticsCache;
class Database;

// One school's row on the LA dashboard: its figures for the academic year, what the filters choose by, its
// termly figures for the sparkline and its flags.
struct LaSchoolRow
{
    PeriodFigures year; // the academic year (open, roll state, counts, rates)
    QString phase;      // schools.phase id
    QString locality;
    QString trust;
    std::vector<PeriodFigures> terms; // termly figures over the sparkline's years, oldest first
    RepeatFigures repeat;             // zeros when the school had no suspensions
    OffRollingFigures offRolling;     // zeros and no flags when nothing was found
};

// Everything the LA dashboard shows for one academic year and one choice of schools.
struct LaDashboardData
{
    QString academicYear;
    SchoolFilter filter;
    std::vector<LaSchoolRow> schools;    // every school the filter matches open in the year, by name
    std::optional<PeriodFigures> laYear; // the LA-wide figures for the year
    std::vector<PeriodFigures> laYears;  // the LA trend, one row per loaded academic year, oldest first
    std::vector<NationalRate> national;  // every national reference rate
    RepeatFigures laRepeat;              // LA-wide repeat and escalation measures
    OffRollingFigures laOffRolling;      // LA-wide off-rolling indicators (the flags' baseline)
    QStringList sparklineYears;          // the academic years the sparklines cover, oldest first
    bool laTrendPending = false;         // laYears and laYear left out (load(..., false) and not cached)

    int flaggedSchools() const; // schools with an off-rolling flag
};

// Adds the LA trend by academic year (laYears, and laYear for the dashboard's year) to data loaded without it.
void setLaTrend(LaDashboardData& data, std::vector<PeriodFigures> laYears);

// What the dashboard's filters offer, from the data held.
struct LaDashboardChoices
{
    QStringList academicYears;                       // with term dates loaded, newest first
    std::vector<std::pair<QString, QString>> phases; // (label, id) of the phases schools have, schema order
    QStringList localities;                          // sorted
    QStringList trusts;                              // sorted
};

// Loads the LA dashboard in a fixed number of statements whatever the number of schools: the schools in the
// year, their termly figures for the sparklines, the LA trend, the national rates, repeat measures and
// off-rolling indicators.
class LaDashboardQuery
{
public:
    static constexpr int kSparklineYears = 3;

    // With a cache, the LA trend and the national rates (shared with the school dashboard) come from it.
    explicit LaDashboardQuery(Database& db, AnalyticsCache* cache = nullptr) : m_db(db), m_cache(cache) {}

    // `withLaTrend` false: the LA trend (laYears, laYear; about 170 ms on a large LA) is taken from the cache when
    // held and otherwise left out with laTrendPending set, for the caller to compute elsewhere and add with
    // setLaTrend.
    Result<LaDashboardData> load(const QString& academicYear, const SchoolFilter& filter = {}, bool withLaTrend = true);
    Result<LaDashboardChoices> choices();

private:
    Database& m_db;
    AnalyticsCache* m_cache;
};

} // namespace casebook
