#include "demo/DemoBulkInsert.h"

#include "common/Logging.h"
#include "db/SqlQuery.h"

#include <QSqlError>

#include <algorithm>

namespace casebook::demo {

namespace {

// SQLite's portable lower limit on bound parameters in one statement is 999.
constexpr int kMaxParameters = 999;
constexpr int kMaxRowsPerStatement = 64;

QString insertSql(const QString& table, const QStringList& columns, int rows)
{
    QString placeholders = QStringLiteral("(");
    for (int i = 0; i < columns.size(); ++i) {
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    placeholders += QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i) {
        values << placeholders;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

// ISO text for a date, made once per day and shared.
QString isoDate(QDate date)
{
    static const qint64 kBase = QDate(1900, 1, 1).toJulianDay();
    static std::vector<QString> cache(static_cast<std::size_t>(QDate(2200, 1, 1).toJulianDay() - kBase));
    const qint64 offset = date.toJulianDay() - kBase;
    if (offset < 0 || offset >= static_cast<qint64>(cache.size())) {
        return date.toString(Qt::ISODate);
    }
    QString& text = cache[static_cast<std::size_t>(offset)];
    if (text.isNull()) {
        text = date.toString(Qt::ISODate);
    }
    return text;
}

} // namespace

DemoBulkInsert::DemoBulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columnList,
                               const QString& stamp)
    : m_table(table), m_batch(db), m_single(db)
{
    QStringList columns = columnList;
    if (!stamp.isEmpty()) {
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        m_stamp = stamp;
    }
    m_columns = static_cast<int>(columns.size());
    m_rowsPerStatement = std::max(1, std::min(kMaxRowsPerStatement, kMaxParameters / std::max(1, m_columns)));
    m_batchSql = insertSql(table, columns, m_rowsPerStatement);
    m_singleSql = insertSql(table, columns, 1);
    if (!m_batch.prepare(m_batchSql) || !m_single.prepare(m_singleSql)) {
        const QSqlError error = m_batch.lastError().isValid() ? m_batch.lastError() : m_single.lastError();
        m_prepareError = SqlQuery::describe(error);
    }
    m_pending.reserve(m_columns * m_rowsPerStatement);
}

DemoBulkInsert& DemoBulkInsert::addDate(QDate date)
{
    return add(date.isValid() ? QVariant(isoDate(date)) : QVariant());
}

DemoBulkInsert& DemoBulkInsert::addId(qint64 id)
{
    return add(id > 0 ? QVariant(id) : QVariant());
}

Status DemoBulkInsert::finish()
{
    const int rowsLeft = static_cast<int>(m_pending.size()) / std::max(1, m_columns);
    QVector<QVariant> left = m_pending;
    m_pending.clear();
    for (int row = 0; row < rowsLeft; ++row) {
        for (int col = 0; col < m_columns; ++col) {
            m_pending.push_back(left.at(row * m_columns + col));
        }
        if (Status s = run(m_single, 1); !s) {
            return s;
        }
    }
    return {};
}

Status DemoBulkInsert::run(QSqlQuery& query, int rowCount)
{
    if (!m_prepareError.isEmpty()) {
        qCWarning(lcDb).noquote() << "prepare failed:" << m_prepareError << "SQL:" << m_singleSql;
        return makeError(Error::Code::Storage, m_prepareError, m_singleSql);
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        query.bindValue(i, m_pending.at(i));
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        QStringList values;
        for (const QVariant& v : m_pending) {
            values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        const QString detail = QStringLiteral("%1 -- %2 row(s): %3")
                                   .arg(rowCount == 1 ? m_singleSql : m_batchSql.left(200))
                                   .arg(rowCount)
                                   .arg(values.join(QStringLiteral(", ")).left(2000));
        qCWarning(lcDb).noquote() << "bulk insert failed:" << error.text() << "SQL:" << detail;
        m_pending.clear();
        return makeError(
            Error::Code::Storage,
            QStringLiteral("Writing the demo data into %1 failed: %2").arg(m_table, SqlQuery::describe(error)), detail);
    }
    m_rows += rowCount;
    m_pending.clear();
    return {};
}

} // namespace casebook::demo
