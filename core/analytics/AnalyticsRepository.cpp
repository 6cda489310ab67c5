#include "analytics/AnalyticsRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

SqlStatement AnalyticsRepository::schoolTrendStatement(qint64 schoolId) const
{
    return {
        QStringLiteral(
            "SELECT t.academic_year, t.term, count(s.id), count(DISTINCT s.pupil_id), coalesce(sum(s.sessions), 0), "
            "(SELECT count(*) FROM permanent_exclusions x WHERE x.school_id = ? AND x.voided_at IS NULL "
            " AND x.decision_date BETWEEN t.first_day AND t.last_day), "
            "(SELECT r.headcount FROM school_rolls r WHERE r.school_id = ? AND r.academic_year = t.academic_year) "
            "FROM term_dates t LEFT JOIN suspensions s ON s.school_id = ? AND s.voided_at IS NULL "
            " AND s.first_day BETWEEN t.first_day AND t.last_day "
            "GROUP BY t.id, t.academic_year, t.term, t.first_day, t.last_day ORDER BY t.first_day"),
        {schoolId, schoolId, schoolId}};
}

Result<QVector<TermFigures>> AnalyticsRepository::schoolTrend(qint64 schoolId)
{
    SqlQuery q(m_db.connection(), schoolTrendStatement(schoolId));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QVector<TermFigures> rows;
    while (q.next()) {
        TermFigures f;
        f.schoolId = schoolId;
        f.academicYear = q.text(0);
        f.term = q.text(1);
        f.suspensions = q.integer(2);
        f.pupilsSuspended = q.integer(3);
        f.days = q.integer(4) / 2.0;
        f.permanentExclusions = q.integer(5);
        f.headcount = q.value(6).isNull() ? -1 : q.integer(6);
        rows.push_back(f);
    }
    return rows;
}

SqlStatement AnalyticsRepository::laTermStatement(const QString& academicYear, const QString& term) const
{
    const QString range =
        QStringLiteral("BETWEEN (SELECT first_day FROM term_dates WHERE academic_year = ? AND term = ?) "
                       "AND (SELECT last_day FROM term_dates WHERE academic_year = ? AND term = ?)");
    return {QStringLiteral("SELECT sc.id, sc.name, r.headcount, coalesce(a.n, 0), coalesce(a.pupils, 0), "
                           "coalesce(a.sessions, 0), coalesce(px.n, 0) FROM schools sc "
                           "LEFT JOIN school_rolls r ON r.school_id = sc.id AND r.academic_year = ? "
                           "LEFT JOIN (SELECT school_id, count(*) AS n, count(DISTINCT pupil_id) AS pupils, "
                           " sum(sessions) AS sessions FROM suspensions WHERE voided_at IS NULL AND first_day ") +
                range +
                QStringLiteral(" GROUP BY school_id) a ON a.school_id = sc.id "
                               "LEFT JOIN (SELECT school_id, count(*) AS n FROM permanent_exclusions "
                               " WHERE voided_at IS NULL AND decision_date ") +
                range + QStringLiteral(" GROUP BY school_id) px ON px.school_id = sc.id ORDER BY sc.name, sc.id"),
            {academicYear, academicYear, term, academicYear, term, academicYear, term, academicYear, term}};
}

Result<QVector<TermFigures>> AnalyticsRepository::laTerm(const QString& academicYear, const QString& term)
{
    SqlQuery q(m_db.connection(), laTermStatement(academicYear, term));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QVector<TermFigures> rows;
    while (q.next()) {
        TermFigures f;
        f.schoolId = q.id(0);
        f.schoolName = q.text(1);
        f.academicYear = academicYear;
        f.term = term;
        f.headcount = q.value(2).isNull() ? -1 : q.integer(2);
        f.suspensions = q.integer(3);
        f.pupilsSuspended = q.integer(4);
        f.days = q.integer(5) / 2.0;
        f.permanentExclusions = q.integer(6);
        rows.push_back(f);
    }
    return rows;
}

} // namespace casebook
