#pragma once

#include "common/Result.h"

namespace casebook {

class SqlQuery;

// Optimistic locking for edited records: an UPDATE names the row_version the form loaded
// (`WHERE id = ? AND row_version = ?`) and bumps it; when no row changed, someone else saved first.

// The error an edit reports when its record changed since the form loaded it.
Error staleRecordError();

// Runs an UPDATE guarded by row_version; the stale-record error unless exactly one row changed.
Status execGuardedUpdate(SqlQuery& update);

} // namespace casebook
