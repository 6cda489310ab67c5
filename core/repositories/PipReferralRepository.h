#pragma once

#include "common/Result.h"
#include "domain/PipReferral.h"

#include <vector>

namespace casebook {

class Database;
class SqlQuery;

// Referrals to the Pupil Inclusion Panel and their actions. A referral and its actions are always written in
// one transaction.
class PipReferralRepository
{
public:
    explicit PipReferralRepository(Database& db) : m_db(db) {}

    // Adds a referral and its actions; the new referral's id.
    Result<qint64> insert(const PipReferral& referral);
    // Saves an edited referral if it still has `expectedRowVersion` (else the stale-record error), and makes
    // its actions match `referral.actions`: rows with an id are updated when changed, rows with id 0 are added,
    // and saved actions missing from the list are deleted.
    Status update(const PipReferral& referral, int expectedRowVersion);
    // The referral with its actions (by due date) and its row version.
    Result<PipReferral> load(qint64 id);

    // The panel meetings a referral can be put on: every planned meeting by date, and `alsoInclude` (the
    // referral's own meeting, whatever its status) when it is not 0.
    Result<std::vector<PanelMeetingChoice>> meetingChoices(qint64 alsoInclude);

private:
    static void bindReferral(SqlQuery& q, const PipReferral& referral);
    Status insertAction(qint64 referralId, const PipAction& action);
    Status syncActions(qint64 referralId, const std::vector<PipAction>& actions);
    Result<std::vector<PipAction>> loadActions(qint64 referralId);

    Database& m_db;
};

} // namespace casebook
