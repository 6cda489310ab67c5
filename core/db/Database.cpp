#include "db/Database.h"

#include "common/Logging.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "db/StorageLocation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace casebook {

namespace {

QAtomicInt g_connectionCounter;

constexpr qint64 kSqliteHeaderSize = 100;

// What the first bytes of a file say it is, without opening it through SQLite
// (SQLite would happily treat a text file as a database to be overwritten).
enum class FileKind
{
    Missing,
    Empty,
    Sqlite,
    Other,
};

FileKind inspectFile(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        return FileKind::Missing;
    }
    if (f.size() == 0) {
        return FileKind::Empty;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return FileKind::Other;
    }
    const QByteArray header = f.read(kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return FileKind::Other;
    }
    return FileKind::Sqlite;
}

Result<qint64> pragmaValue(const QSqlDatabase& db, const QString& pragma)
{
    return SqlQuery(db, QStringLiteral("PRAGMA ") + pragma).scalar();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!m_readOnly) {
                // Keeps the query planner's statistics fresh (SQLite's advice: run at close).
                (void)execSql(db, m_dialect.optimizeSql());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto migrations = Migrator::available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Database::schemaVersion() const
{
    Result<qint64> v = pragmaValue(connection(), QStringLiteral("user_version"));
    return v ? static_cast<int>(v.value()) : -1;
}

Result<QString> Database::dataStamp() const
{
    const QString sql = m_dialect.dataStampSql();
    if (sql.isEmpty()) {
        return QString();
    }
    SqlQuery q(connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::Storage, QStringLiteral("The database gave no data stamp (%1).").arg(m_path));
    }
    QStringList parts;
    for (int i = 0; i < q.raw().record().count(); ++i) {
        parts << q.text(i);
    }
    return parts.join(QLatin1Char(':'));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        switch (inspectFile(path)) {
        case FileKind::Missing:
            if (!options.create || options.readOnly) {
                return makeError(Error::Code::NotFound, QStringLiteral("There is no database at %1.").arg(path));
            }
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                return makeError(Error::Code::Io, QStringLiteral("Cannot create the folder for the database at %1.")
                                                      .arg(QFileInfo(path).absolutePath()));
            }
            break;
        case FileKind::Other:
            return makeError(Error::Code::NotCasebook,
                             QStringLiteral("%1 is not a Casebook database: it is not a database file at all. "
                                            "The file has not been changed.")
                                 .arg(path));
        case FileKind::Empty:
        case FileKind::Sqlite:
            break;
        }
    }

    const QString name = QStringLiteral("casebook-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            return makeError(Error::Code::Storage,
                             QStringLiteral("The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));
        }
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (options.readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            return makeError(Error::Code::Storage,
                             QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        }
    }
    if (Status s = database->verifyIdentity(); !s) {
        return s.error();
    }
    if (Status s = database->configure(options); !s) {
        return s.error();
    }
    if (options.migrate && !options.readOnly) {
        const int from = database->schemaVersion();
        if (from > 0 && from < latestSchemaVersion() && !inMemory) {
            if (Status s = database->backupBeforeMigration(from); !s) {
                return s.error();
            }
        }
        if (Status s = Migrator(*database).migrate(); !s) {
            return s.error();
        }
    }
    return database;
}

Status Database::verifyIdentity()
{
    const QSqlDatabase db = connection();
    Result<qint64> appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId) {
        return makeError(Error::Code::NotCasebook,
                         QStringLiteral("%1 is not a Casebook database: %2").arg(m_path, appId.error().message));
    }
    const int version = schemaVersion();
    if (appId.value() == 0) {
        Result<qint64> tables = SqlQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
        if (!tables) {
            return tables.error();
        }
        if (tables.value() == 0 && version == 0) {
            return {}; // a new, empty file: it becomes a Casebook database
        }
    }
    if (appId.value() != kApplicationId) {
        return makeError(Error::Code::NotCasebook,
                         QStringLiteral("%1 is a database, but not a Casebook one (application id %2). "
                                        "The file has not been changed.")
                             .arg(m_path)
                             .arg(appId.value()));
    }
    if (version > latestSchemaVersion()) {
        return makeError(Error::Code::TooNew,
                         QStringLiteral("%1 was written by a newer version of Casebook (schema version %2; this "
                                        "program understands up to %3). Install the newer Casebook to open it. "
                                        "The file has not been changed.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latestSchemaVersion()));
    }
    return {};
}

Status Database::configure(const Options& options)
{
    const QSqlDatabase db = connection();
    m_readOnly = options.readOnly;
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
    };
    if (!options.readOnly) {
        m_networkShare = m_path != QLatin1String(":memory:") && isOnNetworkShare(m_path);
        if (m_networkShare) {
            // WAL needs shared memory on one host: on a share fall back to a rollback journal, one writer at a time.
            qCWarning(lcDb) << "database is on a network share; WAL disabled:" << m_path;
            pragmas << QStringLiteral("PRAGMA journal_mode = DELETE");
        } else {
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL");
        }
        pragmas << QStringLiteral("PRAGMA synchronous = FULL") << QStringLiteral("PRAGMA secure_delete = ON");
    }
    for (const QString& p : pragmas) {
        if (Status s = execSql(db, p); !s) {
            return s;
        }
    }
    return {};
}

Status Database::backupBeforeMigration(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QStringLiteral("%1.v%2-%3.backup").arg(m_path).arg(fromVersion).arg(stamp);
    SqlQuery q(connection(), QStringLiteral("VACUUM INTO :target"));
    q.bind(QStringLiteral(":target"), target);
    if (Status s = q.exec(); !s) {
        return makeError(Error::Code::Io,
                         QStringLiteral("Could not back up the database before upgrading it, so it was not upgraded: "
                                        "%1")
                             .arg(s.error().message),
                         s.error().detail);
    }
    m_backupPath = target;
    qCInfo(lcDb) << "backed up before migration to" << target;
    return {};
}

} // namespace casebook
