#include "analytics/SchoolPupilsRepository.h"

#include "analytics/AnalyticsSql.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "rules/GuidanceNumbers.h"

namespace casebook {

using namespace analytics_sql;

double SchoolPupilFigures::daysLost() const
{
    return static_cast<double>(sessions) / guidance::kSessionsPerDay;
}

SqlStatement SchoolPupilsRepository::statement(qint64 schoolId, const QString& academicYear)
{
    SqlStatement st;
    const QString periods = periodsSql(Granularity::Year, Period{academicYear, {}}, st.values);
    const QString school = schoolsSql(Scope::school(schoolId), st.values);
    QString sql =
        QStringLiteral("WITH p AS (") + periods + QStringLiteral("), sc AS (") + school + QStringLiteral("), ");
    // As the school's figures: only what happened while the school was open counts.
    sql += QStringLiteral("susp AS (SELECT s.pupil_id, count(*) AS n, sum(s.sessions) AS sessions, max(s.first_day) "
                          "AS latest FROM p CROSS JOIN sc CROSS JOIN suspensions s WHERE s.school_id = sc.id AND "
                          "s.first_day BETWEEN p.first_day AND p.last_day AND ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("s.first_day")) + QStringLiteral(" GROUP BY s.pupil_id), ");
    sql += QStringLiteral("px AS (SELECT x.pupil_id, count(*) AS n, max(x.decision_date) AS latest FROM p CROSS JOIN "
                          "sc CROSS JOIN permanent_exclusions x WHERE x.school_id = sc.id AND x.decision_date BETWEEN "
                          "p.first_day AND p.last_day AND ") +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("x.decision_date")) +
           QStringLiteral(" GROUP BY x.pupil_id), ");
    sql += QStringLiteral(
        "ids AS (SELECT pupil_id FROM susp UNION SELECT pupil_id FROM px) "
        "SELECT pu.id, pu.upn, coalesce(nullif(trim(pu.preferred_surname), ''), pu.legal_surname) || ', ' || "
        "coalesce(nullif(trim(pu.preferred_forename), ''), pu.legal_forename), pu.date_of_birth, "
        "coalesce(susp.n, 0), coalesce(susp.sessions, 0), coalesce(px.n, 0), "
        "max(coalesce(susp.latest, ''), coalesce(px.latest, '')) "
        "FROM ids JOIN pupils pu ON pu.id = ids.pupil_id LEFT JOIN susp ON susp.pupil_id = ids.pupil_id "
        "LEFT JOIN px ON px.pupil_id = ids.pupil_id "
        "ORDER BY coalesce(px.n, 0) DESC, coalesce(susp.sessions, 0) DESC, coalesce(susp.n, 0) DESC, 3, pu.id");
    st.sql = sql;
    return st;
}

Result<std::vector<SchoolPupilFigures>> SchoolPupilsRepository::pupils(qint64 schoolId, const QString& academicYear)
{
    SqlQuery q(m_db.connection(), statement(schoolId, academicYear));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<SchoolPupilFigures> rows;
    while (q.next()) {
        SchoolPupilFigures f;
        f.pupilId = q.id(0);
        f.upn = q.text(1);
        f.name = q.text(2);
        f.dateOfBirth = q.date(3);
        f.suspensions = q.integer(4);
        f.sessions = q.integer(5);
        f.permanentExclusions = q.integer(6);
        f.latest = q.date(7);
        rows.push_back(f);
    }
    return rows;
}

} // namespace casebook
