#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Breakdowns.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// Reasons and pupil characteristics behind the counts, for one school or LA-wide, in one period.
//
// Denominators: the schema has no census roll per characteristic, so a group's pupils are the pupils on
// roll (single or main registration, not voided) at a school in scope on the January census day of the
// period's academic year (januaryCensusDay), grouped by their characteristics on that day. Year groups are
// the exception: their denominators are the census year-group headcounts (school_roll_year_groups), and a
// suspension's year group is the pupil's age-appropriate NC year in that academic year.
// Numerators: the suspensions and permanent exclusions counted in the period (docs/analytics.md), grouped by
// the pupil's characteristics on the day the suspension began / the exclusion was decided.
// A characteristic with no dated record on the day counts as its "none" value: no SEN, not FSM eligible,
// not looked after. Ethnicity is the pupil's major ethnic group; sex is the pupil's recorded sex.
class BreakdownRepository
{
public:
    explicit BreakdownRepository(Database& db) : m_db(db) {}

    // Reason codes given for suspensions, then permanent exclusions, most given first (one statement).
    static SqlStatement reasonStatement(const Scope& scope, const Period& period);
    Result<std::vector<ReasonShare>> reasonShares(const Scope& scope, const Period& period);

    // Every group of every dimension, with rates and disproportionality (two statements).
    static SqlStatement populationStatement(const Scope& scope, const Period& period);
    static SqlStatement eventsStatement(const Scope& scope, const Period& period);
    Result<std::vector<GroupFigures>> characteristics(const Scope& scope, const Period& period);
    // The two halves of characteristics(): the census-day pupils per group (the same for every period of an
    // academic year, so a cache can keep it per year) and the events per group in the period.
    Result<std::vector<GroupCounts>> populationCounts(const Scope& scope, const QString& academicYear);
    Result<std::vector<GroupCounts>> eventCounts(const Scope& scope, const Period& period);

private:
    Database& m_db;
};

// Joins population rows and event rows (dimension, group) into one list in the dimensions' fixed order,
// groups in value order (year groups numerically). Pure.
std::vector<GroupCounts> mergeGroupCounts(const std::vector<GroupCounts>& population,
                                          const std::vector<GroupCounts>& events);

} // namespace casebook
