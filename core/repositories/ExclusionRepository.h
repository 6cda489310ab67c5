#pragma once

#include "common/Result.h"
#include "domain/Suspension.h"

#include <QVector>

namespace casebook {

class Database;
class SqlQuery;

// Suspensions and permanent exclusions with their reasons. Each record and its reasons are written in
// one transaction.
class ExclusionRepository
{
public:
    explicit ExclusionRepository(Database& db) : m_db(db) {}

    Result<qint64> insertSuspension(const Suspension& suspension);
    // Many suspensions in one transaction with statements prepared once (imports): all or none.
    Status insertSuspensions(const QVector<Suspension>& suspensions);
    Result<qint64> insertExclusion(const PermanentExclusion& exclusion);

private:
    static QString insertSuspensionSql();
    static void bindSuspension(SqlQuery& q, const Suspension& s);
    Status insertReasons(const QString& table, const QString& idColumn, qint64 id, const QStringList& codes);

    Database& m_db;
};

} // namespace casebook
