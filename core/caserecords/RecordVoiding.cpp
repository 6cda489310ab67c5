#include "caserecords/RecordVoiding.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

Status voidRecord(Database& db, CaseRecordKind kind, qint64 id, const QString& reason)
{
    if (!isVoidable(kind)) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("A %1 cannot be voided; edit it instead.").arg(caseRecordKindName(kind)));
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("Say why the %1 is void.").arg(caseRecordKindName(kind)));
    }
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    const QString table = recordTables(kind).front().name;
    SqlQuery q(
        db.connection(),
        SqlStatement{QStringLiteral("UPDATE %1 SET voided_at = %2, void_reason = ?, row_version = row_version + 1, "
                                    "updated_at = %2 WHERE id = ? AND voided_at IS NULL")
                         .arg(table, db.dialect().nowExpression()),
                     {reason.trimmed(), id}});
    if (Status s = q.exec(); !s) {
        return s;
    }
    if (q.raw().numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict,
                         QStringLiteral("That %1 is already void or no longer exists.").arg(caseRecordKindName(kind)));
    }
    return tx.commit();
}

} // namespace casebook
