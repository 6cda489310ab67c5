#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/OffRolling.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// Off-rolling indicators for every school the filter matches that was open in an academic year, with the
// LA row first and flags (one statement). The year here is the whole academic year, 1 September to
// 31 August, because pupils leave and register for home education in the holidays too.
//
// Unexplained exits: enrolments (single or main registration, not voided) that ended in the year, of pupils
// in Year 10 or 11 (age-appropriate) in that year, whose leaving reason is elective home education, children
// missing education, other, unknown or not recorded, and with no state-funded destination school recorded
// (a destination school that is not independent). Moves to another school, managed moves, permanent
// exclusions, moves out of the area and post-16 leaving are accounted for elsewhere and are not counted.
// The denominator is the census headcount of Years 10 and 11 (school_roll_year_groups).
//
// EHE after suspension: EHE registrations (not voided) in the year for which the pupil had a counted
// suspension at the school that began on or up to kEheAfterSuspensionWeeks weeks before the registration
// date; a registration counts once per school. The denominator is the school's January census headcount.
class OffRollingRepository
{
public:
    explicit OffRollingRepository(Database& db) : m_db(db) {}

    SqlStatement statement(const QString& academicYear, const SchoolFilter& filter) const;
    Result<std::vector<OffRollingFigures>> indicators(const QString& academicYear, const SchoolFilter& filter = {});

private:
    Database& m_db;
};

} // namespace casebook
