#include "analytics/AnalyticsSql.h"

#include "db/Database.h"
#include "rules/GuidanceNumbers.h"

namespace casebook::analytics_sql {

QString countedSuspension(const QString& alias)
{
    return QStringLiteral("%1.voided_at IS NULL AND (%1.cancelled_on IS NULL OR %1.cancelled_on > %1.first_day)")
        .arg(alias);
}

QString countedExclusion(const QString& alias)
{
    return QStringLiteral("%1.voided_at IS NULL AND %1.withdrawn_on IS NULL").arg(alias);
}

QString reinstatedExclusion(const QString& alias)
{
    return QStringLiteral("(CASE WHEN %1.board_outcome = 'reinstated' OR %1.reconsideration_outcome = 'reinstated' "
                          "THEN 1 ELSE 0 END)")
        .arg(alias);
}

QString periodsSql(Granularity granularity, const Period& only, QVariantList& values)
{
    QString sql;
    if (granularity == Granularity::Term) {
        sql = QStringLiteral("SELECT academic_year, term, first_day, last_day FROM term_dates");
    } else {
        sql = QStringLiteral("SELECT academic_year, '' AS term, min(first_day) AS first_day, max(last_day) AS "
                             "last_day FROM term_dates");
    }
    if (!only.academicYear.isEmpty()) {
        sql += QStringLiteral(" WHERE academic_year = ?");
        values << only.academicYear;
        if (granularity == Granularity::Term && !only.term.isEmpty()) {
            sql += QStringLiteral(" AND term = ?");
            values << only.term;
        }
    }
    if (granularity == Granularity::Year) {
        sql += QStringLiteral(" GROUP BY academic_year");
    }
    return sql;
}

QString periodsBetweenSql(Granularity granularity, const QString& firstYear, const QString& lastYear,
                          QVariantList& values)
{
    QString sql;
    if (granularity == Granularity::Term) {
        sql = QStringLiteral("SELECT academic_year, term, first_day, last_day FROM term_dates");
    } else {
        sql = QStringLiteral("SELECT academic_year, '' AS term, min(first_day) AS first_day, max(last_day) AS "
                             "last_day FROM term_dates");
    }
    // 'YYYY/YY' labels sort as the years do.
    QStringList where;
    if (!firstYear.isEmpty()) {
        where << QStringLiteral("academic_year >= ?");
        values << firstYear;
    }
    if (!lastYear.isEmpty()) {
        where << QStringLiteral("academic_year <= ?");
        values << lastYear;
    }
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    if (granularity == Granularity::Year) {
        sql += QStringLiteral(" GROUP BY academic_year");
    }
    return sql;
}

QString schoolsSql(const Scope& scope, QVariantList& values)
{
    QString sql = QStringLiteral("SELECT id, name, opened_on, closed_on FROM schools");
    if (!scope.isLa()) {
        values << scope.schoolId;
        return sql + QStringLiteral(" WHERE id = ?");
    }
    QStringList where;
    if (!scope.schools.phase.isEmpty()) {
        where << QStringLiteral("phase = ?");
        values << scope.schools.phase;
    }
    if (!scope.schools.locality.isEmpty()) {
        where << QStringLiteral("locality = ?");
        values << scope.schools.locality;
    }
    if (!scope.schools.trust.isEmpty()) {
        where << QStringLiteral("trust_name = ?");
        values << scope.schools.trust;
    }
    return where.isEmpty() ? sql : sql + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString schoolOpenIn(const QString& school, const QString& period)
{
    return QStringLiteral("(%1.opened_on IS NULL OR %1.opened_on <= %2.last_day) AND "
                          "(%1.closed_on IS NULL OR %1.closed_on >= %2.first_day)")
        .arg(school, period);
}

QString whileOpen(const QString& school, const QString& dateExpression)
{
    return QStringLiteral("(%1.opened_on IS NULL OR %2 >= %1.opened_on) AND (%1.closed_on IS NULL OR %2 <= "
                          "%1.closed_on)")
        .arg(school, dateExpression);
}

QString ncYearSql(const QString& dateOfBirth, const QString& startYear)
{
    // Born September to December: the cohort's academic year starts in the birth year; January to August:
    // the year before. Reception starts kReceptionStartsYearsAfterBirthYear years after that.
    return QStringLiteral("(%2 - (CAST(substr(%1, 1, 4) AS INTEGER) - CASE WHEN substr(%1, 6, 2) < '09' THEN 1 "
                          "ELSE 0 END) - %3)")
        .arg(dateOfBirth, startYear)
        .arg(guidance::kReceptionStartsYearsAfterBirthYear);
}

QString daysBefore(const Database& db, const QString& dateExpression, int days)
{
    if (db.dialect().kind() == Dialect::Kind::Postgres) {
        return QStringLiteral("(CAST(%1 AS date) - %2)").arg(dateExpression).arg(days);
    }
    return QStringLiteral("date(%1, '-%2 days')").arg(dateExpression).arg(days);
}

} // namespace casebook::analytics_sql
