#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Breakdowns.h"
#include "analytics/Comparison.h"
#include "analytics/PipEngagement.h"
#include "analytics/RepeatMeasures.h"
#include "common/Result.h"

#include <QStringList>

#include <vector>

namespace casebook {

class AnalyticsCache;
class Database;

// What the school dashboard asks for: one school, a range of academic years ("2022/23" to "2024/25") and
// whether the trend is per term or per year. An empty lastYear means the latest academic year with term dates;
// an empty firstYear means kDefaultYearsShown years ending with the last.
struct SchoolDashboardRequest
{
    static constexpr int kDefaultYearsShown = 3;

    qint64 schoolId = 0;
    QString firstYear;
    QString lastYear;
    Granularity granularity = Granularity::Term;
    // False: leave the LA characteristics out unless the cache holds them (they take seconds on a large LA;
    // the view computes them on a worker thread and adds them with setLaCharacteristics).
    bool laCharacteristics = true;
};

// Everything the school dashboard shows, as plain data. The trend covers the range; every other part is about
// the range's last academic year (breakdowns are per period, and the last year is the one a manager acts on).
struct SchoolDashboard
{
    qint64 schoolId = 0;
    QString schoolName;
    QStringList availableYears; // every academic year with term dates, oldest first
    QString firstYear;          // the range as resolved (within availableYears)
    QString lastYear;
    Granularity granularity = Granularity::Term;

    // The school's periods in the range beside the LA's (and, for whole years, the national rates); periods
    // the school was not open or had no roll keep their RollState so charts can leave a gap.
    std::vector<ComparedPeriod> trend;
    // The last year as a whole (whatever the granularity): the figures strip.
    ComparedPeriod lastYearFigures;

    std::vector<ReasonShare> reasons;          // the school's, suspensions then permanent exclusions, most given first
    std::vector<ReasonShare> laReasons;        // the LA's, for the share beside the school's
    std::vector<GroupFigures> characteristics; // the school's, every dimension except year group
    std::vector<GroupFigures> laCharacteristics;
    bool laCharacteristicsPending = false; // left out (request.laCharacteristics false and not cached)
    std::vector<GroupFigures> yearGroups;  // the school's year groups (census year-group rolls)
    std::vector<GroupFigures> laYearGroups;
    RepeatFigures repeat; // the school's row (zeros when it had no suspensions)
    RepeatFigures laRepeat;
    PipEngagement pip; // PIP referrals received in the last year
    PipEngagement laPip;
};

// Loads the whole dashboard. The LA-wide parts (LA trend, LA breakdowns, repeat and PIP measures, which the
// repositories compute for every school at once) are the costly ones; see BENCHMARKS.md. An unknown school,
// or a database with no term dates, is an error saying so.
// With a cache, the LA-wide parts come from it (computed once, shared with the LA dashboard, recomputed
// when the data changes); the school's own statements are always run.
Result<SchoolDashboard> loadSchoolDashboard(Database& db, const SchoolDashboardRequest& request,
                                            AnalyticsCache* cache = nullptr);

// Adds the LA-wide characteristics (all dimensions, year groups included) to a dashboard loaded without them.
void setLaCharacteristics(SchoolDashboard& dashboard, std::vector<GroupFigures> la);

// The years from first to last (inclusive) among `available`, resolving empty ends as SchoolDashboardRequest
// says; a first year after the last is swapped. Pure.
std::pair<QString, QString> resolveYearRange(const QStringList& available, const QString& firstYear,
                                             const QString& lastYear);

} // namespace casebook
