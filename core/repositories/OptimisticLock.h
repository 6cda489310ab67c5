#pragma once

#include "common/Result.h"

namespace casebook {

class SqlQuery;

// What an officer is told when the record changed under the form they were editing.
QString staleRecordMessage();

// Runs an `UPDATE ... WHERE id = ? AND row_version = ?` and turns "no row changed" into a Conflict with
// staleRecordMessage() (someone else saved first, or the record is gone).
Status execVersionedUpdate(SqlQuery& update);

} // namespace casebook
