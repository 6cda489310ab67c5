#pragma once

#include "caserecords/CaseRecordKind.h"
#include "common/Result.h"

namespace casebook {

class Database;

// Strikes out a record entered in error: it stays in the database with the reason and the time, is left out
// of every figure, deadline and report, and is shown struck out on the pupil's record. Records are never
// deleted by officers. Refused with a clear message for kinds that are not voidable, an empty reason, or a
// record already voided.
Status voidRecord(Database& db, CaseRecordKind kind, qint64 id, const QString& reason);

} // namespace casebook
