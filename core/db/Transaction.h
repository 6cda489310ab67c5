#pragma once

#include "common/Result.h"

#include <QString>

namespace casebook {

class Database;

// A write transaction that rolls back unless committed. The outermost one begins with the dialect's
// write lock (SQLite: BEGIN IMMEDIATE, so two officers saving at once wait rather than fail);
// nested ones are savepoints, so a repository's transaction can join a service's.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Begin must succeed before any write; it reports a busy or read-only database.
    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_db;
    QString m_savepoint;
    bool m_active = false;
};

} // namespace casebook
