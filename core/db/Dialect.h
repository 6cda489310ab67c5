#pragma once

#include <QString>

namespace casebook {

// The dialect seam: the only place SQL that differs between SQLite and PostgreSQL lives.
// Migrations and repositories write portable SQL; what cannot be portable is asked of this class.
class Dialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    explicit Dialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }

    // Expands migration placeholders: {{ID}} (identity primary key) and {{NOW}} (UTC timestamp, ISO 8601 text).
    QString expandMigration(const QString& sql) const;

    // Begins a write transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE).
    QString beginWrite() const;

    // The current UTC time as ISO 8601 text, as an SQL expression.
    QString nowExpression() const;

    // Whole-file checks: one row per problem ("ok" alone when sound); empty when the dialect has none.
    QString integrityCheckSql() const;
    // One row per broken reference: table, rowid, parent table; empty when the dialect has none.
    QString foreignKeyCheckSql() const;

    // Aggregate that joins the values of `expression` with `separator` (a literal), in no defined order.
    QString groupConcat(const QString& expression, const QString& separator) const;

    // Refreshes the query planner's statistics where they are missing or stale (empty when not needed).
    QString optimizeSql() const;

    // One row of integers that together change whenever the data changes, read in one tiny query; empty when the
    // dialect has none (caches then never reuse a result). SQLite: PRAGMA data_version (commits by other
    // connections) and total_changes() (rows written by this connection, committed or not).
    QString dataStampSql() const;

    // Lists the user tables of the database, one name per row.
    QString listTablesSql() const;

    // The id of the row the last INSERT created, as an SQL suffix or follow-up query.
    QString returningId() const;

private:
    Kind m_kind;
};

} // namespace casebook
