#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace casebook {

class Database;

// Whole-file checks: integrity, foreign keys, per-table counts.
class MaintenanceRepository
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    explicit MaintenanceRepository(Database& db) : m_db(db) {}

    // Problems SQLite's integrity check reports; empty when the file is sound.
    Result<QStringList> integrityProblems();
    // Rows that refer to missing records, as "table row N → parent".
    Result<QStringList> foreignKeyProblems();
    Result<QVector<TableCount>> tableCounts();

private:
    Database& m_db;
};

} // namespace casebook
