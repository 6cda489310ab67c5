#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/RepeatMeasures.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// Repeat and escalation measures for every school the filter matches in one academic year, and an LA row
// (schoolId 0, first). Two statements per call.
//
// Suspensions count in the academic year of their first day (term-dates span, as SchoolFiguresRepository).
// A pupil's days for the 45-day limit add up every school (the statutory limit counts previous schools), so
// a school's "over the limit" pupils are those suspended there whose LA-wide total exceeds the limit.
// "Before the exclusion": a PSP whose start date, or a PIP referral whose received date, is earlier than
// the decision date of the pupil's first counted permanent exclusion of the year, at any school; voided plans
// and referrals do not count.
class RepeatMeasuresRepository
{
public:
    explicit RepeatMeasuresRepository(Database& db) : m_db(db) {}

    static SqlStatement suspensionStatement(const QString& academicYear, const SchoolFilter& filter);
    static SqlStatement exclusionStatement(const QString& academicYear, const SchoolFilter& filter);
    Result<std::vector<RepeatFigures>> measures(const QString& academicYear, const SchoolFilter& filter = {});

private:
    Database& m_db;
};

} // namespace casebook
