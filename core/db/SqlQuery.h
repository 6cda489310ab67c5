#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace casebook {

// A prepared query that reports failures with the SQL and the bound values, logged under casebook.db,
// and a message a person can act on for the caller. Only repositories and the db layer use it.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);
    // Prepares the statement and binds its positional values in order.
    SqlQuery(const QSqlDatabase& db, const SqlStatement& statement);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bind(const QString& placeholder, const QString& value);
    SqlQuery& bindDate(const QString& placeholder, const QDate& date);        // ISO text, or NULL when invalid
    SqlQuery& bindOptional(const QString& placeholder, const QString& value); // empty → NULL

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QDate date(int column) const;
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QSqlQuery& raw() { return m_query; }

    // Runs a query expected to give one integer (COUNT(*), an id); an Error when it gives none.
    Result<qint64> scalar();

    // Describes a database failure for a person, from SQLite's extended error code.
    static QString describe(const QSqlError& error);

private:
    QString boundValuesText() const;

    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_prepareError;
};

// Executes one statement without parameters (DDL, pragmas, transaction control).
Status execSql(const QSqlDatabase& db, const QString& sql);

} // namespace casebook
