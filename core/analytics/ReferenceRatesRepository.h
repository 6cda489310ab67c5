#pragma once

#include "analytics/ReferenceRates.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <vector>

namespace casebook {

class Database;

// The national reference rates (table national_rates), read and edited by the data officer.
class ReferenceRatesRepository
{
public:
    explicit ReferenceRatesRepository(Database& db) : m_db(db) {}

    // Every figure, oldest academic year first, measures in id order.
    static SqlStatement allStatement();
    Result<std::vector<NationalRate>> all();

    // Saves one figure in one transaction. rowVersion 0 adds it (a Conflict when that year and measure are
    // already recorded: someone added it first); otherwise updates it while the row still has rowVersion
    // (optimistic locking: a Conflict when someone changed or removed it since it was read).
    // Returns the row version now stored.
    Result<int> save(const NationalRate& rate);
    // Removes one figure while it still has rowVersion (a Conflict otherwise).
    Status remove(const NationalRate& rate);

private:
    Database& m_db;
};

} // namespace casebook
