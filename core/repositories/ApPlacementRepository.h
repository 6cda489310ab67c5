#pragma once

#include "common/Result.h"
#include "domain/ApPlacement.h"
#include "domain/School.h"

#include <vector>

namespace casebook {

class Database;

// Alternative provision placements (ap_placements). Edits use optimistic locking on row_version.
class ApPlacementRepository
{
public:
    explicit ApPlacementRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const ApPlacement& placement);
    // Saves the edited fields when the row is still at `expectedRowVersion`; fails with a Conflict otherwise.
    Status update(const ApPlacement& placement, int expectedRowVersion);
    // The record with its current row version; NotFound when there is none.
    Result<ApPlacement> load(qint64 id);

    // Schools that are alternative provision by phase (AP academies and free schools, pupil referral units),
    // by name: the providers an officer picks from.
    Result<std::vector<School>> providerSchools();

private:
    Database& m_db;
};

} // namespace casebook
