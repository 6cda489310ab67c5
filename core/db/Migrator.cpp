#include "db/Migrator.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace casebook {

QVector<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QVector<Migration> list;
    const QDir dir(QStringLiteral(":/db/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcDb) << "ignoring migration with an unexpected name:" << file;
            continue;
        }
        list.push_back({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

QStringList Migrator::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

Status Migrator::migrateTo(int targetVersion)
{
    const int current = m_db.schemaVersion();
    for (const Migration& migration : available()) {
        if (migration.version <= current || (targetVersion >= 0 && migration.version > targetVersion)) {
            continue;
        }
        if (Status s = apply(migration); !s) {
            return s;
        }
    }
    return {};
}

Status Migrator::apply(const Migration& migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot read migration %1.").arg(migration.resourcePath));
    }
    const QString sql = m_db.dialect().expandMigration(QString::fromUtf8(file.readAll()));

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    for (const QString& statement : splitStatements(sql)) {
        if (Status s = execSql(m_db.connection(), statement); !s) {
            Error e = s.error();
            e.message = QStringLiteral("Upgrading the database to version %1 (%2) failed; nothing was changed. %3")
                            .arg(migration.version)
                            .arg(migration.name, e.message);
            return e;
        }
    }
    if (m_db.dialect().kind() == Dialect::Kind::Sqlite) {
        if (Status s =
                execSql(m_db.connection(), QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
            !s) {
            return s;
        }
        if (Status s = execSql(m_db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !s) {
            return s;
        }
    }
    if (Status s = tx.commit(); !s) {
        return s;
    }
    qCInfo(lcDb) << "applied migration" << migration.version << migration.name;
    return {};
}

} // namespace casebook
