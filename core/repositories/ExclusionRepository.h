#pragma once

#include "common/Result.h"
#include "domain/Suspension.h"

namespace casebook {

class Database;

// Suspensions and permanent exclusions with their reasons. Each record and its reasons are written in
// one transaction.
class ExclusionRepository
{
public:
    explicit ExclusionRepository(Database& db) : m_db(db) {}

    Result<qint64> insertSuspension(const Suspension& suspension);
    Result<qint64> insertExclusion(const PermanentExclusion& exclusion);

private:
    Status insertReasons(const QString& table, const QString& idColumn, qint64 id, const QStringList& codes);

    Database& m_db;
};

} // namespace casebook
