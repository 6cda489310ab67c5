#include "db/Transaction.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

Transaction::Transaction(Database& db) : m_db(db)
{}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Status Transaction::begin()
{
    int& depth = m_db.transactionDepth();
    Status s;
    if (depth == 0) {
        s = execSql(m_db.connection(), m_db.dialect().beginWrite());
    } else {
        m_savepoint = QStringLiteral("sp_%1").arg(depth);
        s = execSql(m_db.connection(), QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (s) {
        ++depth;
        m_active = true;
    }
    return s;
}

Status Transaction::commit()
{
    if (!m_active) {
        return makeError(Error::Code::Storage, QStringLiteral("Internal error: commit without an open transaction."));
    }
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    Status s = execSql(m_db.connection(), sql);
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    --m_db.transactionDepth();
    if (m_savepoint.isEmpty()) {
        (void)execSql(m_db.connection(), QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(m_db.connection(), QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)execSql(m_db.connection(), QStringLiteral("RELEASE ") + m_savepoint);
    }
    qCDebug(lcDb) << "transaction rolled back";
}

} // namespace casebook
