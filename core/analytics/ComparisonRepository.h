#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Comparison.h"
#include "common/Result.h"

namespace casebook {

class Database;

// A school's trend beside the LA's and the national figures: three statements per call, whatever the
// number of periods (SchoolFiguresRepository::schoolTrendStatement, laTrendStatement and
// ReferenceRatesRepository::allStatement; the bench times them there).
class ComparisonRepository
{
public:
    explicit ComparisonRepository(Database& db) : m_db(db) {}

    // `la` chooses the LA schools compared with (all schools by default).
    Result<std::vector<ComparedPeriod>> schoolAgainstLa(qint64 schoolId, Granularity granularity,
                                                        const SchoolFilter& la = {});

private:
    Database& m_db;
};

} // namespace casebook
