#include "repositories/VersionedWrite.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook::versioned {

QString staleRecordMessage()
{
    return QStringLiteral(
        "This record was changed by someone else since you opened it; close the form and open it again.");
}

QString bumpVersionSql(const Database& db)
{
    return QStringLiteral("row_version = row_version + 1, updated_at = ") + db.dialect().nowExpression();
}

Result<qint64> insert(Database& db, SqlQuery& insert)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<qint64> id = insert.scalar();
    if (!id) {
        return id.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status update(Database& db, SqlQuery& update)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    if (Status s = update.exec(); !s) {
        return s;
    }
    if (update.raw().numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict, staleRecordMessage());
    }
    return tx.commit();
}

} // namespace casebook::versioned
