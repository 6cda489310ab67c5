#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/PipEngagement.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// PIP engagement for every school the filter matches (schools with no referrals included, with zeros), in
// one academic year by the date each referral was received (1 September to 31 August); LA row first.
// One statement.
class PipEngagementRepository
{
public:
    explicit PipEngagementRepository(Database& db) : m_db(db) {}

    static SqlStatement statement(const QString& academicYear, const SchoolFilter& filter);
    Result<std::vector<PipEngagement>> engagement(const QString& academicYear, const SchoolFilter& filter = {});

private:
    Database& m_db;
};

} // namespace casebook
