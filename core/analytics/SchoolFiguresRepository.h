#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/SchoolFigures.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// Suspensions, pupils with one or more, days lost, permanent exclusions and the DfE rates, per school and
// LA-wide, per term or academic year. One SQL statement per call, grouped in the database (indexes on
// school and date); nothing is loaded record by record. Periods come from the loaded term dates.
class SchoolFiguresRepository
{
public:
    explicit SchoolFiguresRepository(Database& db) : m_db(db) {}

    // One school, every loaded period in date order; periods before it opened or after it closed are
    // included with open = false ("not open").
    static SqlStatement schoolTrendStatement(qint64 schoolId, Granularity granularity);
    Result<std::vector<PeriodFigures>> schoolTrend(qint64 schoolId, Granularity granularity);

    // Every school the filter matches that was open in one period (term empty: the academic year), by name.
    static SqlStatement schoolsInPeriodStatement(const Period& period, const SchoolFilter& filter);
    Result<std::vector<PeriodFigures>> schoolsInPeriod(const Period& period, const SchoolFilter& filter = {});

    // Every school the filter matches that was open on some day of the academic years firstYear to lastYear
    // (inclusive; an empty bound: no bound), with a row for every period of the range (periods it was not
    // open in have open = false), ordered by school name, then period: the LA dashboard's sparklines.
    static SqlStatement allSchoolsTrendStatement(Granularity granularity, const SchoolFilter& filter,
                                                 const QString& firstYear, const QString& lastYear);
    Result<std::vector<PeriodFigures>> allSchoolsTrend(Granularity granularity, const SchoolFilter& filter,
                                                       const QString& firstYear, const QString& lastYear);

    // LA-wide figures (schoolId 0) for every loaded period in date order, or only `only` when its academic
    // year is set. The LA rates count only schools open in the period with a census roll for the year, in
    // the numerator and the denominator alike, so both cover the same pupils; schoolsWithoutRoll says how
    // many open schools were left out. A pupil suspended at two schools is one pupil LA-wide.
    static SqlStatement laTrendStatement(Granularity granularity, const SchoolFilter& filter, const Period& only = {});
    Result<std::vector<PeriodFigures>> laTrend(Granularity granularity, const SchoolFilter& filter = {},
                                               const Period& only = {});

private:
    enum class PerSchoolRows
    {
        OpenOnly,            // only the periods each school was open in, by period then school
        EveryPeriod,         // every period for every school in scope, by period then school
        EveryPeriodBySchool, // schools open in some period, every period for each, by school then period
    };
    // `periods` is a periods CTE body whose values are `periodValues`.
    static SqlStatement perSchoolStatement(const Scope& scope, const QString& periods, const QVariantList& periodValues,
                                           PerSchoolRows shape);
    Result<std::vector<PeriodFigures>> runPerSchool(const SqlStatement& statement);

    Database& m_db;
};

} // namespace casebook
