#pragma once

#include "common/Result.h"
#include "domain/Support.h"

namespace casebook {

class Database;

// Support and interventions (support_interventions). Edits use optimistic locking on row_version.
class SupportRepository
{
public:
    explicit SupportRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Support& support);
    // Saves the edited fields when the row is still at `expectedRowVersion`; fails with a Conflict otherwise.
    Status update(const Support& support, int expectedRowVersion);
    // The record with its current row version; NotFound when there is none.
    Result<Support> load(qint64 id);

private:
    Database& m_db;
};

} // namespace casebook
