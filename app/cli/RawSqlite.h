#pragma once

#include "db/SqlStatement.h"

#include <QString>

struct sqlite3;

namespace casebook::cli {

// The benchmark's yardstick: the same SQL run straight through the SQLite C API on the same file.
// Only built where Qt's SQLite driver uses the system SQLite (CASEBOOK_HAVE_RAW_SQLITE), because two copies
// of SQLite in one process corrupt each other's locks.
class RawSqlite
{
public:
    RawSqlite() = default;
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    static bool available();

    bool open(const QString& path);
    void close();
    // Prepares, binds, steps through every row reading every column, finalises. Returns rows, or -1 on error.
    int run(const SqlStatement& statement);
    bool exec(const char* sql);
    // Inserts `count` suspensions with one reason each, as the bench's Casebook import does, inside a
    // transaction that is rolled back. False on error.
    bool insertSuspensions(int count, qint64 pupilId, qint64 schoolId);
    QString lastError() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

} // namespace casebook::cli
