#include "analytics/RepeatMeasuresRepository.h"

#include "analytics/AnalyticsSql.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "rules/GuidanceNumbers.h"

#include <map>

namespace casebook {

using namespace analytics_sql;

SqlStatement RepeatMeasuresRepository::suspensionStatement(const QString& academicYear, const SchoolFilter& filter)
{
    SqlStatement st;
    // Two statements: the values must be appended in the order the text uses them.
    const QString periods = periodsSql(Granularity::Year, Period{academicYear, {}}, st.values);
    const QString schools = schoolsSql(Scope::la(filter), st.values);
    QString sql =
        QStringLiteral("WITH p AS (") + periods + QStringLiteral("), sc AS (") + schools + QStringLiteral("), ");
    // Every counted suspension of the year at any school, per pupil and school; then per pupil.
    sql += QStringLiteral("ps AS (SELECT s.pupil_id, s.school_id, count(*) AS n, sum(s.sessions) AS sessions FROM p "
                          "JOIN suspensions s ON s.first_day BETWEEN p.first_day AND p.last_day WHERE ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" GROUP BY s.pupil_id, s.school_id), ");
    sql += QStringLiteral("pt AS (SELECT pupil_id, sum(n) AS n, sum(sessions) AS sessions FROM ps GROUP BY "
                          "pupil_id) ");
    sql += QStringLiteral("SELECT sc.id, sc.name, count(*), sum(CASE WHEN ps.n >= ? THEN 1 ELSE 0 END), "
                          "sum(CASE WHEN pt.sessions > ? THEN 1 ELSE 0 END) FROM ps JOIN pt ON pt.pupil_id = "
                          "ps.pupil_id JOIN sc ON sc.id = ps.school_id GROUP BY sc.id, sc.name UNION ALL ");
    const int limitSessions = guidance::kMaxSuspensionDaysPerYear * guidance::kSessionsPerDay;
    st.values << analytics::kRepeatSuspensionsPerYear << limitSessions;
    sql += QStringLiteral("SELECT 0, '', count(*), coalesce(sum(CASE WHEN pt.n >= ? THEN 1 ELSE 0 END), 0), "
                          "coalesce(sum(CASE WHEN pt.sessions > ? THEN 1 ELSE 0 END), 0) FROM pt WHERE pt.pupil_id IN "
                          "(SELECT ps.pupil_id FROM ps JOIN sc ON sc.id = ps.school_id)");
    st.values << analytics::kRepeatSuspensionsPerYear << limitSessions;
    st.sql = sql;
    return st;
}

SqlStatement RepeatMeasuresRepository::exclusionStatement(const QString& academicYear, const SchoolFilter& filter)
{
    SqlStatement st;
    // Two statements: the values must be appended in the order the text uses them.
    const QString periods = periodsSql(Granularity::Year, Period{academicYear, {}}, st.values);
    const QString schools = schoolsSql(Scope::la(filter), st.values);
    QString sql =
        QStringLiteral("WITH p AS (") + periods + QStringLiteral("), sc AS (") + schools + QStringLiteral("), ");
    sql += QStringLiteral("xp AS (SELECT x.pupil_id, x.school_id, min(x.decision_date) AS first_day FROM p JOIN sc "
                          "JOIN permanent_exclusions x ON x.school_id = sc.id AND x.decision_date BETWEEN p.first_day "
                          "AND p.last_day WHERE ") +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" GROUP BY x.pupil_id, x.school_id), ");
    sql += QStringLiteral("la AS (SELECT 0 AS school_id, pupil_id, min(first_day) AS first_day FROM xp GROUP BY "
                          "pupil_id), ");
    const QString support = QStringLiteral(
        "SELECT school_id, pupil_id, "
        "CASE WHEN EXISTS (SELECT 1 FROM psps ps WHERE ps.pupil_id = t.pupil_id AND ps.voided_at IS NULL AND "
        "ps.start_date < t.first_day) THEN 1 ELSE 0 END AS psp, "
        "CASE WHEN EXISTS (SELECT 1 FROM pip_referrals r WHERE r.pupil_id = t.pupil_id AND r.voided_at IS NULL AND "
        "r.received_on < t.first_day) THEN 1 ELSE 0 END AS pip FROM %1 t");
    sql += QStringLiteral("sup AS (") + support.arg(QStringLiteral("xp")) + QStringLiteral(" UNION ALL ") +
           support.arg(QStringLiteral("la")) + QStringLiteral(") ");
    sql += QStringLiteral("SELECT sup.school_id, coalesce(sc.name, ''), count(*), sum(psp), sum(pip), sum(CASE WHEN "
                          "psp = 1 OR pip = 1 THEN 1 ELSE 0 END) FROM sup LEFT JOIN sc ON sc.id = sup.school_id "
                          "GROUP BY sup.school_id, sc.name");
    st.sql = sql;
    return st;
}

Result<std::vector<RepeatFigures>> RepeatMeasuresRepository::measures(const QString& academicYear,
                                                                      const SchoolFilter& filter)
{
    std::map<qint64, RepeatFigures> bySchool;
    bySchool[0] = RepeatFigures{};
    {
        SqlQuery q(m_db.connection(), suspensionStatement(academicYear, filter));
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        while (q.next()) {
            RepeatFigures& f = bySchool[q.id(0)];
            f.schoolId = q.id(0);
            f.schoolName = q.text(1);
            f.pupilsSuspended = q.integer(2);
            f.pupilsRepeated = q.integer(3);
            f.pupilsOverLimit = q.integer(4);
        }
    }
    {
        SqlQuery q(m_db.connection(), exclusionStatement(academicYear, filter));
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        while (q.next()) {
            RepeatFigures& f = bySchool[q.id(0)];
            f.schoolId = q.id(0);
            f.schoolName = q.text(1);
            f.excludedPupils = q.integer(2);
            f.excludedAfterPsp = q.integer(3);
            f.excludedAfterPip = q.integer(4);
            f.excludedAfterEither = q.integer(5);
        }
    }
    std::vector<RepeatFigures> rows;
    rows.reserve(bySchool.size());
    for (const auto& [id, figures] : bySchool) {
        rows.push_back(figures); // the LA row (id 0) first, then by school id
    }
    return rows;
}

} // namespace casebook
