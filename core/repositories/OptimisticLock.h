#pragma once

#include "common/Result.h"

namespace casebook {

class SqlQuery;

// Optimistic locking for edited records: an UPDATE names the row_version the form loaded
// (`WHERE id = ? AND row_version = ?`) and bumps it; when no row changed, someone else saved first
// (or the record is gone).

// What an officer is told when the record changed under the form they were editing.
QString staleRecordMessage();
// The same as a Conflict error.
Error staleRecordError();

// Runs an UPDATE guarded by row_version; the stale-record error unless exactly one row changed.
Status execGuardedUpdate(SqlQuery& update);
// The same (the name some repositories use).
inline Status execVersionedUpdate(SqlQuery& update)
{
    return execGuardedUpdate(update);
}

} // namespace casebook
