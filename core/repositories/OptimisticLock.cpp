#include "repositories/OptimisticLock.h"

#include "db/SqlQuery.h"

namespace casebook {

QString staleRecordMessage()
{
    return QStringLiteral("This record was changed by someone else since you opened it; close the form and open "
                          "it again.");
}

Error staleRecordError()
{
    return makeError(Error::Code::Conflict, staleRecordMessage());
}

Status execGuardedUpdate(SqlQuery& update)
{
    if (Status s = update.exec(); !s) {
        return s;
    }
    if (update.raw().numRowsAffected() != 1) {
        return staleRecordError();
    }
    return {};
}

} // namespace casebook
