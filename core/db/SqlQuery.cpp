#include "db/SqlQuery.h"

#include "common/Logging.h"

#include <QDate>
#include <QSqlError>
#include <QStringList>

namespace casebook {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_sql(sql), m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_prepareError = describe(m_query.lastError());
    }
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const SqlStatement& statement) : SqlQuery(db, statement.sql)
{
    for (int i = 0; i < statement.values.size(); ++i) {
        m_query.bindValue(i, statement.values.at(i));
    }
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QString& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bindDate(const QString& placeholder, const QDate& date)
{
    m_query.bindValue(placeholder, date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant());
    return *this;
}

SqlQuery& SqlQuery::bindOptional(const QString& placeholder, const QString& value)
{
    m_query.bindValue(placeholder, value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

QDate SqlQuery::date(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull()) {
        return {};
    }
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Status SqlQuery::exec()
{
    if (!m_prepared) {
        qCWarning(lcDb).noquote() << "prepare failed:" << m_prepareError << "SQL:" << m_sql;
        return makeError(Error::Code::Storage, m_prepareError, m_sql);
    }
    if (!m_query.exec()) {
        const QString message = describe(m_query.lastError());
        const QString detail = m_sql + QStringLiteral(" -- bound: ") + boundValuesText();
        qCWarning(lcDb).noquote() << "query failed:" << m_query.lastError().text() << "SQL:" << detail;
        const int native = m_query.lastError().nativeErrorCode().toInt();
        const bool constraint = (native & 0xff) == 19; // SQLITE_CONSTRAINT and its extended codes
        return makeError(constraint ? Error::Code::Conflict : Error::Code::Storage, message, detail);
    }
    return {};
}

Result<qint64> SqlQuery::scalar()
{
    if (Status s = exec(); !s) {
        return s.error();
    }
    if (!m_query.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The database returned no value."), m_sql);
    }
    const qint64 value = m_query.value(0).toLongLong();
    // Release the statement: an unfinished one (INSERT ... RETURNING) would block COMMIT.
    m_query.finish();
    return value;
}

QString SqlQuery::describe(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case 275: // SQLITE_CONSTRAINT_CHECK
        return QStringLiteral("The database refused a value that breaks one of its rules (%1).")
            .arg(error.databaseText());
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        return QStringLiteral("The record refers to something that does not exist (a pupil, school or code).");
    case 1811: // SQLITE_CONSTRAINT_TRIGGER: an ON DELETE RESTRICT foreign key
        return QStringLiteral("The record cannot be removed: other records still refer to it.");
    case 1299: // SQLITE_CONSTRAINT_NOTNULL
        return QStringLiteral("A required value is missing (%1).").arg(error.databaseText());
    case 2067: // SQLITE_CONSTRAINT_UNIQUE
    case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
        return QStringLiteral("A record with the same identifier already exists (%1).").arg(error.databaseText());
    case 5:   // SQLITE_BUSY
    case 517: // SQLITE_BUSY_SNAPSHOT
        return QStringLiteral("The database is busy: another officer is saving. Try again in a moment.");
    case 8: // SQLITE_READONLY
        return QStringLiteral("The database file is read-only; check you have permission to change it.");
    case 13: // SQLITE_FULL
        return QStringLiteral("The disk is full; free some space and try again. Nothing was saved.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("The database file is damaged or is not a database. Restore it from a backup.");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QStringLiteral("The database reported an error: %1").arg(text);
}

QString SqlQuery::boundValuesText() const
{
    QStringList parts;
    const QVariantList values = m_query.boundValues();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        parts << QStringLiteral("%1=%2").arg(i).arg(v.isNull() ? QStringLiteral("NULL") : v.toString());
    }
    return parts.join(QStringLiteral(", "));
}

Status execSql(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcDb).noquote() << "statement failed:" << q.lastError().text() << "SQL:" << sql;
        return makeError(Error::Code::Storage, SqlQuery::describe(q.lastError()), sql);
    }
    return {};
}

} // namespace casebook
