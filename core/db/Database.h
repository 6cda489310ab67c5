#pragma once

#include "common/Result.h"
#include "db/Dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace casebook {

// One open Casebook database: a named Qt Sql connection with Casebook's pragmas, migrated to the current schema.
// A connection may be used only from the thread that opened it.
class Database
{
public:
    // 'CBK1': written to the SQLite header (offset 68) so a Casebook file can be told from any other.
    static constexpr int kApplicationId = 0x43424B31;
    // How long a writer waits for another officer's transaction before giving up.
    static constexpr int kBusyTimeoutMs = 10000;

    struct Options
    {
        bool migrate = true;   // apply pending migrations (after a backup) on open
        bool readOnly = false; // open without writing anything (health checks)
        bool create = true;    // create the file when it does not exist
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    const Dialect& dialect() const { return m_dialect; }
    int schemaVersion() const;
    // The schema version this program writes (the highest migration it carries).
    static int latestSchemaVersion();
    // A cheap stamp of the data: it differs after any write through this connection or any commit by another
    // (Dialect::dataStampSql). Empty when the dialect has no such stamp: the data must be treated as changed.
    Result<QString> dataStamp() const;
    // True when the file lives on a network share, where SQLite's locking is unreliable: WAL is off then.
    bool onNetworkShare() const { return m_networkShare; }
    // Path of the backup taken before the last migration, or empty when none was needed.
    const QString& lastBackupPath() const { return m_backupPath; }

    // Transaction depth bookkeeping, used by Transaction.
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName);
    Status configure(const Options& options);
    Status verifyIdentity();
    Status backupBeforeMigration(int fromVersion);

    QString m_path;
    QString m_connectionName;
    Dialect m_dialect{Dialect::Kind::Sqlite};
    bool m_networkShare = false;
    bool m_readOnly = false;
    QString m_backupPath;
    int m_transactionDepth = 0;
};

} // namespace casebook
