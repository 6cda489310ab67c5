#pragma once

#include "common/Result.h"
#include "domain/Psp.h"

#include <vector>

namespace casebook {

class Database;
class SqlQuery;

// Pastoral support plans and their reviews. A plan and its reviews are always written in one transaction.
class PspRepository
{
public:
    explicit PspRepository(Database& db) : m_db(db) {}

    // Adds a plan and its reviews; the new plan's id.
    Result<qint64> insert(const Psp& psp);
    // Saves an edited plan if it still has `expectedRowVersion` (else the stale-record error), and makes its
    // reviews match `psp.reviews`: rows with an id are updated when changed, rows with id 0 are added, and saved
    // reviews missing from the list are deleted.
    Status update(const Psp& psp, int expectedRowVersion);
    // The plan with its reviews (by due date) and its row version.
    Result<Psp> load(qint64 id);
    // The pupil's plans that are not voided, by start date, without their reviews.
    Result<std::vector<Psp>> listForPupil(qint64 pupilId);

private:
    static void bindPsp(SqlQuery& q, const Psp& psp);
    Status insertReview(qint64 pspId, const PspReview& review);
    Status syncReviews(qint64 pspId, const std::vector<PspReview>& reviews);
    Result<std::vector<PspReview>> loadReviews(qint64 pspId);

    Database& m_db;
};

} // namespace casebook
