#pragma once

#include "analytics/TermFigures.h"
#include "common/Result.h"
#include "db/SqlStatement.h"

#include <QVector>

namespace casebook {

class Database;

// Aggregates for trends and dashboards, computed in SQL (indexes on school and date), never by loading records.
// Suspensions count in the term they start in; terms come from the loaded term dates.
class AnalyticsRepository
{
public:
    explicit AnalyticsRepository(Database& db) : m_db(db) {}

    // One school, every loaded term in date order.
    SqlStatement schoolTrendStatement(qint64 schoolId) const;
    Result<QVector<TermFigures>> schoolTrend(qint64 schoolId);

    // Every school in one term ("2024/25", "autumn"), by name.
    SqlStatement laTermStatement(const QString& academicYear, const QString& term) const;
    Result<QVector<TermFigures>> laTerm(const QString& academicYear, const QString& term);

private:
    Database& m_db;
};

} // namespace casebook
