#include "analytics/SchoolFiguresRepository.h"

#include "analytics/AnalyticsSql.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

using namespace analytics_sql;

namespace {

std::optional<qint64> optionalCount(const SqlQuery& q, int column)
{
    return q.value(column).isNull() ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
}

} // namespace

SqlStatement SchoolFiguresRepository::perSchoolStatement(const Scope& scope, const QString& periods,
                                                         const QVariantList& periodValues, PerSchoolRows shape)
{
    SqlStatement st;
    st.values = periodValues;
    const QString schools = schoolsSql(scope, st.values);
    const QString open = schoolOpenIn(QStringLiteral("sc"), QStringLiteral("p"));
    // NOT MATERIALIZED: see laTrendStatement (a materialized copy made SQLite scan every event first).
    QString sql = QStringLiteral("WITH p AS NOT MATERIALIZED (") + periods +
                  QStringLiteral("), sc AS NOT MATERIALIZED (") + schools + QStringLiteral("), ");
    if (shape == PerSchoolRows::EveryPeriodBySchool) {
        // Only schools open on some day of the range; each then has a row for every period.
        sql += QStringLiteral("sco AS NOT MATERIALIZED (SELECT * FROM sc WHERE EXISTS (SELECT 1 FROM p WHERE ") + open +
               QStringLiteral(")), ");
    }
    const QString schoolTable =
        shape == PerSchoolRows::EveryPeriodBySchool ? QStringLiteral("sco") : QStringLiteral("sc");
    // Events are found school by school through the (school_id, date) covering indexes (migration 0003).
    sql += QStringLiteral("susp AS (SELECT p.academic_year, p.term, s.school_id, count(*) AS n, "
                          "count(DISTINCT s.pupil_id) AS pupils, sum(s.sessions) AS sessions FROM p CROSS JOIN %1 sc "
                          "CROSS JOIN suspensions s WHERE s.school_id = sc.id AND s.first_day BETWEEN p.first_day "
                          "AND p.last_day AND ")
               .arg(schoolTable) +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("s.first_day")) +
           QStringLiteral(" GROUP BY p.academic_year, p.term, s.school_id), ");
    sql += QStringLiteral("px AS (SELECT p.academic_year, p.term, x.school_id, count(*) AS n, sum(") +
           reinstatedExclusion(QStringLiteral("x")) +
           QStringLiteral(") AS reinstated FROM p CROSS JOIN %1 sc CROSS JOIN permanent_exclusions x WHERE "
                          "x.school_id = sc.id AND x.decision_date BETWEEN p.first_day AND p.last_day AND ")
               .arg(schoolTable) +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("x.decision_date")) +
           QStringLiteral(" GROUP BY p.academic_year, p.term, x.school_id) ");
    sql += QStringLiteral("SELECT sc.id, sc.name, p.academic_year, p.term, p.first_day, p.last_day, CASE WHEN ") +
           open +
           QStringLiteral(" THEN 1 ELSE 0 END, r.headcount, coalesce(susp.n, 0), coalesce(susp.pupils, 0), "
                          "coalesce(susp.sessions, 0), coalesce(px.n, 0), coalesce(px.reinstated, 0) FROM p JOIN %1 sc")
               .arg(schoolTable);
    if (shape == PerSchoolRows::OpenOnly) {
        sql += QStringLiteral(" ON ") + open;
    }
    sql += QStringLiteral(" LEFT JOIN school_rolls r ON r.school_id = sc.id AND r.academic_year = p.academic_year "
                          "LEFT JOIN susp ON susp.school_id = sc.id AND susp.academic_year = p.academic_year AND "
                          "susp.term = p.term LEFT JOIN px ON px.school_id = sc.id AND px.academic_year = "
                          "p.academic_year AND px.term = p.term ORDER BY ");
    sql += shape == PerSchoolRows::EveryPeriodBySchool ? QStringLiteral("sc.name, sc.id, p.first_day")
                                                       : QStringLiteral("p.first_day, sc.name, sc.id");
    st.sql = sql;
    return st;
}

SqlStatement SchoolFiguresRepository::schoolTrendStatement(qint64 schoolId, Granularity granularity)
{
    QVariantList values;
    const QString periods = periodsSql(granularity, {}, values);
    return perSchoolStatement(Scope::school(schoolId), periods, values, PerSchoolRows::EveryPeriod);
}

SqlStatement SchoolFiguresRepository::schoolsInPeriodStatement(const Period& period, const SchoolFilter& filter)
{
    QVariantList values;
    const QString periods = periodsSql(period.isYear() ? Granularity::Year : Granularity::Term, period, values);
    return perSchoolStatement(Scope::la(filter), periods, values, PerSchoolRows::OpenOnly);
}

SqlStatement SchoolFiguresRepository::allSchoolsTrendStatement(Granularity granularity, const SchoolFilter& filter,
                                                               const QString& firstYear, const QString& lastYear)
{
    QVariantList values;
    const QString periods = periodsBetweenSql(granularity, firstYear, lastYear, values);
    return perSchoolStatement(Scope::la(filter), periods, values, PerSchoolRows::EveryPeriodBySchool);
}

Result<std::vector<PeriodFigures>> SchoolFiguresRepository::allSchoolsTrend(Granularity granularity,
                                                                            const SchoolFilter& filter,
                                                                            const QString& firstYear,
                                                                            const QString& lastYear)
{
    return runPerSchool(allSchoolsTrendStatement(granularity, filter, firstYear, lastYear));
}

Result<std::vector<PeriodFigures>> SchoolFiguresRepository::schoolTrend(qint64 schoolId, Granularity granularity)
{
    return runPerSchool(schoolTrendStatement(schoolId, granularity));
}

Result<std::vector<PeriodFigures>> SchoolFiguresRepository::schoolsInPeriod(const Period& period,
                                                                            const SchoolFilter& filter)
{
    return runPerSchool(schoolsInPeriodStatement(period, filter));
}

Result<std::vector<PeriodFigures>> SchoolFiguresRepository::runPerSchool(const SqlStatement& statement)
{
    SqlQuery q(m_db.connection(), statement);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<PeriodFigures> rows;
    while (q.next()) {
        PeriodFigures f;
        f.schoolId = q.id(0);
        f.schoolName = q.text(1);
        f.academicYear = q.text(2);
        f.term = q.text(3);
        f.firstDay = q.date(4);
        f.lastDay = q.date(5);
        f.open = q.integer(6) == 1;
        f.headcount = optionalCount(q, 7);
        f.suspensions = q.integer(8);
        f.pupilsSuspended = q.integer(9);
        f.sessions = q.integer(10);
        f.permanentExclusions = q.integer(11);
        f.reinstated = q.integer(12);
        rows.push_back(f);
    }
    return rows;
}

SqlStatement SchoolFiguresRepository::laTrendStatement(Granularity granularity, const SchoolFilter& filter,
                                                       const Period& only)
{
    SqlStatement st;
    const QString open = schoolOpenIn(QStringLiteral("sc"), QStringLiteral("p"));
    // Two statements: the values must be appended in the order the text uses them.
    const QString periods = periodsSql(granularity, only, st.values);
    const QString schools = schoolsSql(Scope::la(filter), st.values);
    // NOT MATERIALIZED: each use reads term_dates and schools directly, so the events are found period by period
    // and school by school through the covering (school_id, date) indexes of migration 0003, in period order (no
    // sort for the GROUP BY). A materialized copy made SQLite scan every event to build a filter first.
    QString sql = QStringLiteral("WITH p AS NOT MATERIALIZED (") + periods +
                  QStringLiteral("), sc AS NOT MATERIALIZED (") + schools + QStringLiteral("), ");
    // The open schools in each period: those with a census roll above 0 (counted), and those without.
    sql += QStringLiteral("roll AS (SELECT p.academic_year, p.term, sum(CASE WHEN r.headcount > 0 THEN r.headcount "
                          "END) AS headcount, count(CASE WHEN r.headcount > 0 THEN 1 END) AS schools, count(CASE WHEN "
                          "r.headcount > 0 THEN NULL ELSE 1 END) AS unrolled FROM p CROSS JOIN sc LEFT JOIN "
                          "school_rolls r ON r.school_id = sc.id AND r.academic_year = p.academic_year WHERE ") +
           open + QStringLiteral(" GROUP BY p.academic_year, p.term), ");
    // Events at the counted schools only (open, with a roll), so the numerators cover the denominators' pupils.
    const QString rolled = QStringLiteral("r.school_id = sc.id AND r.academic_year = p.academic_year AND "
                                          "r.headcount > 0");
    sql += QStringLiteral("susp AS (SELECT p.academic_year, p.term, count(*) AS n, count(DISTINCT s.pupil_id) AS "
                          "pupils, sum(s.sessions) AS sessions FROM p CROSS JOIN sc CROSS JOIN school_rolls r CROSS "
                          "JOIN suspensions s WHERE ") +
           rolled + QStringLiteral(" AND s.school_id = sc.id AND s.first_day BETWEEN p.first_day AND p.last_day AND ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("s.first_day")) +
           QStringLiteral(" GROUP BY p.academic_year, p.term), ");
    sql += QStringLiteral("px AS (SELECT p.academic_year, p.term, count(*) AS n, sum(") +
           reinstatedExclusion(QStringLiteral("x")) +
           QStringLiteral(") AS reinstated FROM p CROSS JOIN sc CROSS JOIN school_rolls r CROSS JOIN "
                          "permanent_exclusions x WHERE ") +
           rolled +
           QStringLiteral(" AND x.school_id = sc.id AND x.decision_date BETWEEN p.first_day AND p.last_day AND ") +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("x.decision_date")) +
           QStringLiteral(" GROUP BY p.academic_year, p.term) ");
    sql += QStringLiteral(
        "SELECT p.academic_year, p.term, p.first_day, p.last_day, roll.headcount, coalesce(roll.schools, 0), "
        "coalesce(roll.unrolled, 0), coalesce(susp.n, 0), coalesce(susp.pupils, 0), coalesce(susp.sessions, 0), "
        "coalesce(px.n, 0), coalesce(px.reinstated, 0) FROM p "
        "LEFT JOIN roll ON roll.academic_year = p.academic_year AND roll.term = p.term "
        "LEFT JOIN susp ON susp.academic_year = p.academic_year AND susp.term = p.term "
        "LEFT JOIN px ON px.academic_year = p.academic_year AND px.term = p.term ORDER BY p.first_day");
    st.sql = sql;
    return st;
}

Result<std::vector<PeriodFigures>> SchoolFiguresRepository::laTrend(Granularity granularity, const SchoolFilter& filter,
                                                                    const Period& only)
{
    SqlQuery q(m_db.connection(), laTrendStatement(granularity, filter, only));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<PeriodFigures> rows;
    while (q.next()) {
        PeriodFigures f;
        f.academicYear = q.text(0);
        f.term = q.text(1);
        f.firstDay = q.date(2);
        f.lastDay = q.date(3);
        f.headcount = optionalCount(q, 4);
        f.schoolsWithRoll = q.integer(5);
        f.schoolsWithoutRoll = q.integer(6);
        f.suspensions = q.integer(7);
        f.pupilsSuspended = q.integer(8);
        f.sessions = q.integer(9);
        f.permanentExclusions = q.integer(10);
        f.reinstated = q.integer(11);
        rows.push_back(f);
    }
    return rows;
}

} // namespace casebook
