#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>
#include <vector>

namespace casebook::demo {

// Inserts many rows into one table through statements prepared once: a multi-row INSERT for full batches
// of rows and a one-row INSERT for the rest, re-bound by position for every batch. Values are added in
// column order, then endRow(); finish() writes what is left. A failure reports the SQL and the values, like
// SqlQuery, and logs them under casebook.db.
class DemoBulkInsert
{
public:
    // With `stamp`, created_at and updated_at are bound to it rather than computed by the database per row.
    DemoBulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns, const QString& stamp = {});

    DemoBulkInsert& add(const QVariant& value)
    {
        m_pending.push_back(value);
        return *this;
    }
    DemoBulkInsert& add(const QString& value) { return add(QVariant(value)); } // empty text is stored as ''
    DemoBulkInsert& addText(const QString& value) { return add(value.isEmpty() ? QVariant() : QVariant(value)); }
    DemoBulkInsert& addDate(QDate date); // ISO text; NULL when null
    DemoBulkInsert& addId(qint64 id);    // NULL when 0
    DemoBulkInsert& addInt(qint64 value) { return add(QVariant(value)); }
    DemoBulkInsert& addFlag(bool value) { return add(QVariant(value ? 1 : 0)); }

    Status endRow()
    {
        if (!m_stamp.isNull()) {
            m_pending.push_back(m_stamp);
            m_pending.push_back(m_stamp);
        }
        return m_pending.size() == static_cast<qsizetype>(m_columns) * m_rowsPerStatement
                   ? run(m_batch, m_rowsPerStatement)
                   : Status();
    }
    Status finish();
    qint64 rows() const { return m_rows; }

private:
    Status run(QSqlQuery& query, int rowCount);

    QString m_table;
    int m_columns = 0;
    int m_rowsPerStatement = 1;
    QString m_batchSql;
    QString m_singleSql;
    QSqlQuery m_batch;
    QSqlQuery m_single;
    QVector<QVariant> m_pending;
    qint64 m_rows = 0;
    QString m_prepareError;
    QVariant m_stamp;
};

} // namespace casebook::demo
