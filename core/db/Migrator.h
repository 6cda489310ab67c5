#pragma once

#include "common/Result.h"

#include <QString>
#include <QVector>

namespace casebook {

class Database;

// Applies the numbered SQL files in resources/db/migrations (NNNN_name.sql), each in one transaction,
// recording the number as the schema version. A new database runs them all.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // Migrations this program carries, in order.
    static QVector<Migration> available();

    // Splits a migration file into statements: each ends with ';' at the end of a line; '--' lines are comments.
    static QStringList splitStatements(const QString& sql);

    explicit Migrator(Database& db) : m_db(db) {}

    // Applies every migration newer than the database's version.
    Status migrate() { return migrateTo(-1); }
    // Applies migrations up to and including `targetVersion` (-1: all).
    Status migrateTo(int targetVersion);

private:
    Status apply(const Migration& migration);

    Database& m_db;
};

} // namespace casebook
