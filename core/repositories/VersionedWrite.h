#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

namespace casebook {

class Database;
class SqlQuery;

// Writes for the case records that carry row_version (optimistic locking), each in its own write transaction.
namespace versioned {

// What an officer is told when the record changed since their form loaded it.
QString staleRecordMessage();

// The SET clause suffix an edit adds: bumps row_version and stamps updated_at.
QString bumpVersionSql(const Database& db);

// An optional reference for binding: NULL for 0 (none chosen), else the id.
inline QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

// Runs an INSERT ... RETURNING id in one write transaction; the new id.
Result<qint64> insert(Database& db, SqlQuery& insert);

// Runs an UPDATE ... WHERE id = :id AND row_version = :version in one write transaction. When no row matched
// (the record was edited or removed by someone else), fails with staleRecordMessage() and changes nothing.
Status update(Database& db, SqlQuery& update);

} // namespace versioned
} // namespace casebook
