#pragma once

#include "common/Result.h"
#include "domain/Placement.h"

#include <vector>

namespace casebook {

class Database;

// Managed moves and off-site directions (placements). Edits use optimistic locking on row_version.
class PlacementRepository
{
public:
    explicit PlacementRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Placement& placement);
    // Saves the edited fields when the row is still at `expectedRowVersion`; fails with a Conflict otherwise.
    Status update(const Placement& placement, int expectedRowVersion);
    // The record with its current row version; NotFound when there is none.
    Result<Placement> load(qint64 id);
    // The pupil's placements that are not voided, by start date.
    Result<std::vector<Placement>> forPupil(qint64 pupilId);

private:
    Database& m_db;
};

} // namespace casebook
