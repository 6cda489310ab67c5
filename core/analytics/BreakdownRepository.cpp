#include "analytics/BreakdownRepository.h"

#include "analytics/AnalyticsSql.h"
#include "analytics/CensusDay.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace casebook {

using namespace analytics_sql;

namespace {

const QStringList& dimensionOrder()
{
    static const QStringList order{kBySex, kBySen, kByFsm, kByLookedAfter, kByEthnicity, kByYearGroup};
    return order;
}

// The pupil's dated characteristic `kind` on `day` (the latest record in force), or `none`.
QString characteristicOn(const QString& kind, const QString& pupil, const QString& day, const QString& none)
{
    return QStringLiteral("coalesce((SELECT c.value FROM pupil_characteristics c WHERE c.pupil_id = %1 AND "
                          "c.kind = '%2' AND c.valid_from <= %3 AND (c.valid_to IS NULL OR c.valid_to >= %3) "
                          "ORDER BY c.valid_from DESC LIMIT 1), '%4')")
        .arg(pupil, kind, day, none);
}

// The characteristic columns (sex, eth, sen, fsm, cla) of pupil `pu` on `day`.
QString characteristicColumns(const QString& day)
{
    return QStringLiteral("pu.sex AS sex, coalesce(ec.major_group, '') AS eth, ") +
           characteristicOn(QStringLiteral("sen"), QStringLiteral("pu.id"), day, QStringLiteral("N")) +
           QStringLiteral(" AS sen, ") +
           characteristicOn(QStringLiteral("fsm"), QStringLiteral("pu.id"), day, QStringLiteral("0")) +
           QStringLiteral(" AS fsm, ") +
           characteristicOn(QStringLiteral("looked_after"), QStringLiteral("pu.id"), day, QStringLiteral("0")) +
           QStringLiteral(" AS cla");
}

// One "SELECT '<dimension>', <column>, <aggregates> FROM <table> GROUP BY <column>" per characteristic.
QString perDimension(const QString& table, const QString& aggregates, bool withYearGroup)
{
    QStringList parts;
    const QList<std::pair<QString, QString>> columns{{kBySex, QStringLiteral("sex")},
                                                     {kBySen, QStringLiteral("sen")},
                                                     {kByFsm, QStringLiteral("fsm")},
                                                     {kByLookedAfter, QStringLiteral("cla")},
                                                     {kByEthnicity, QStringLiteral("eth")}};
    for (const auto& [dimension, column] : columns) {
        parts << QStringLiteral("SELECT '%1', %2, %3 FROM %4 GROUP BY %2").arg(dimension, column, aggregates, table);
    }
    if (withYearGroup) {
        parts << QStringLiteral("SELECT '%1', CAST(nc AS TEXT), %2 FROM %3 GROUP BY nc")
                     .arg(kByYearGroup, aggregates, table);
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

} // namespace

SqlStatement BreakdownRepository::reasonStatement(const Scope& scope, const Period& period)
{
    SqlStatement st;
    const Granularity g = period.isYear() ? Granularity::Year : Granularity::Term;
    // Two statements: the values must be appended in the order the text uses them.
    const QString periods = periodsSql(g, period, st.values);
    const QString schools = schoolsSql(scope, st.values);
    QString sql =
        QStringLiteral("WITH p AS (") + periods + QStringLiteral("), sc AS (") + schools + QStringLiteral(") ");
    sql += QStringLiteral("SELECT 'suspension', r.code, rc.description, count(*) FROM p CROSS JOIN sc CROSS JOIN "
                          "suspensions s JOIN suspension_reasons r ON r.suspension_id = s.id JOIN reason_codes rc ON "
                          "rc.code = r.code WHERE s.school_id = sc.id AND s.first_day BETWEEN p.first_day AND "
                          "p.last_day AND ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("s.first_day")) +
           QStringLiteral(" GROUP BY r.code, rc.description UNION ALL ");
    sql += QStringLiteral("SELECT 'permanent_exclusion', r.code, rc.description, count(*) FROM p CROSS JOIN sc CROSS "
                          "JOIN permanent_exclusions x JOIN permanent_exclusion_reasons r ON r.permanent_exclusion_id "
                          "= x.id JOIN reason_codes rc ON rc.code = r.code WHERE x.school_id = sc.id AND "
                          "x.decision_date BETWEEN p.first_day AND p.last_day AND ") +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("x.decision_date")) +
           QStringLiteral(" GROUP BY r.code, rc.description ORDER BY 1 DESC, 4 DESC, 2");
    st.sql = sql;
    return st;
}

Result<std::vector<ReasonShare>> BreakdownRepository::reasonShares(const Scope& scope, const Period& period)
{
    SqlQuery q(m_db.connection(), reasonStatement(scope, period));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<ReasonShare> rows;
    while (q.next()) {
        ReasonShare r;
        r.kind = q.text(0);
        r.code = q.text(1);
        r.description = q.text(2);
        r.reasons = q.integer(3);
        rows.push_back(r);
    }
    return withReasonTotals(std::move(rows));
}

SqlStatement BreakdownRepository::populationStatement(const Scope& scope, const Period& period)
{
    SqlStatement st;
    QString sql = QStringLiteral("WITH cd AS (SELECT ? AS day), sc AS (");
    st.values << januaryCensusDay(period.academicYear).toString(Qt::ISODate);
    sql += schoolsSql(scope, st.values) + QStringLiteral("), ");
    sql += QStringLiteral("pop AS (SELECT DISTINCT pu.id, ") + characteristicColumns(QStringLiteral("cd.day")) +
           QStringLiteral(" FROM cd CROSS JOIN sc CROSS JOIN enrolments e JOIN pupils pu ON pu.id = e.pupil_id "
                          "LEFT JOIN ethnicity_codes ec ON ec.code = pu.ethnicity_code WHERE e.school_id = sc.id AND "
                          "e.start_date <= cd.day AND e.voided_at IS NULL AND (e.end_date IS NULL OR e.end_date >= "
                          "cd.day) AND e.registration_type <> 'subsidiary_dual' AND pu.voided_at IS NULL) ");
    sql += perDimension(QStringLiteral("pop"), QStringLiteral("count(*)"), false);
    sql += QStringLiteral(" UNION ALL SELECT '%1', CAST(g.nc_year AS TEXT), sum(g.headcount) FROM sc JOIN "
                          "school_roll_year_groups g ON g.school_id = sc.id AND g.academic_year = ? GROUP BY "
                          "g.nc_year")
               .arg(kByYearGroup);
    st.values << period.academicYear;
    st.sql = sql;
    return st;
}

SqlStatement BreakdownRepository::eventsStatement(const Scope& scope, const Period& period)
{
    SqlStatement st;
    const Granularity g = period.isYear() ? Granularity::Year : Granularity::Term;
    // Two statements: the values must be appended in the order the text uses them.
    const QString periods = periodsSql(g, period, st.values);
    const QString schools = schoolsSql(scope, st.values);
    QString sql =
        QStringLiteral("WITH p AS (") + periods + QStringLiteral("), sc AS (") + schools + QStringLiteral("), ");
    const QString nc =
        ncYearSql(QStringLiteral("pu.date_of_birth"), QStringLiteral("CAST(substr(p.academic_year, 1, 4) AS INTEGER)"));
    sql += QStringLiteral("ev AS (SELECT 1 AS susp, s.pupil_id, ") +
           characteristicColumns(QStringLiteral("s.first_day")) + QStringLiteral(", ") + nc +
           QStringLiteral(" AS nc FROM p CROSS JOIN sc CROSS JOIN suspensions s JOIN pupils pu ON pu.id = "
                          "s.pupil_id LEFT JOIN ethnicity_codes ec ON ec.code = pu.ethnicity_code WHERE s.school_id = "
                          "sc.id AND s.first_day BETWEEN p.first_day AND p.last_day AND ") +
           countedSuspension(QStringLiteral("s")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("s.first_day")) + QStringLiteral(" UNION ALL ");
    sql += QStringLiteral("SELECT 0, x.pupil_id, ") + characteristicColumns(QStringLiteral("x.decision_date")) +
           QStringLiteral(", ") + nc +
           QStringLiteral(" FROM p CROSS JOIN sc CROSS JOIN permanent_exclusions x JOIN pupils pu ON pu.id = "
                          "x.pupil_id LEFT JOIN ethnicity_codes ec ON ec.code = pu.ethnicity_code WHERE x.school_id = "
                          "sc.id AND x.decision_date BETWEEN p.first_day AND p.last_day AND ") +
           countedExclusion(QStringLiteral("x")) + QStringLiteral(" AND ") +
           whileOpen(QStringLiteral("sc"), QStringLiteral("x.decision_date")) + QStringLiteral(") ");
    sql += perDimension(QStringLiteral("ev"),
                        QStringLiteral("sum(susp), count(DISTINCT CASE WHEN susp = 1 THEN pupil_id END), "
                                       "sum(1 - susp)"),
                        true);
    st.sql = sql;
    return st;
}

Result<std::vector<GroupCounts>> BreakdownRepository::populationCounts(const Scope& scope, const QString& academicYear)
{
    SqlQuery q(m_db.connection(), populationStatement(scope, Period{academicYear, {}}));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<GroupCounts> population;
    while (q.next()) {
        GroupCounts c;
        c.dimension = q.text(0);
        c.group = q.text(1);
        c.pupils = q.value(2).toLongLong();
        population.push_back(c);
    }
    return population;
}

Result<std::vector<GroupCounts>> BreakdownRepository::eventCounts(const Scope& scope, const Period& period)
{
    SqlQuery q(m_db.connection(), eventsStatement(scope, period));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<GroupCounts> events;
    while (q.next()) {
        GroupCounts c;
        c.dimension = q.text(0);
        c.group = q.text(1);
        c.suspensions = q.integer(2);
        c.pupilsSuspended = q.integer(3);
        c.permanentExclusions = q.integer(4);
        events.push_back(c);
    }
    return events;
}

Result<std::vector<GroupFigures>> BreakdownRepository::characteristics(const Scope& scope, const Period& period)
{
    auto population = populationCounts(scope, period.academicYear);
    if (!population) {
        return population.error();
    }
    auto events = eventCounts(scope, period);
    if (!events) {
        return events.error();
    }
    return disproportionality(mergeGroupCounts(population.value(), events.value()));
}

std::vector<GroupCounts> mergeGroupCounts(const std::vector<GroupCounts>& population,
                                          const std::vector<GroupCounts>& events)
{
    // Key: dimension position, then the group (year groups by number, others by text).
    using Key = std::tuple<int, int, QString>;
    auto keyOf = [](const GroupCounts& c) {
        const int dimension = static_cast<int>(dimensionOrder().indexOf(c.dimension));
        const int number = c.dimension == kByYearGroup ? c.group.toInt() : 0;
        return Key{dimension, number, c.group};
    };
    std::map<Key, GroupCounts> merged;
    for (const GroupCounts& c : population) {
        GroupCounts& m = merged[keyOf(c)];
        m.dimension = c.dimension;
        m.group = c.group;
        m.pupils += c.pupils;
    }
    for (const GroupCounts& c : events) {
        GroupCounts& m = merged[keyOf(c)];
        m.dimension = c.dimension;
        m.group = c.group;
        m.suspensions += c.suspensions;
        m.pupilsSuspended += c.pupilsSuspended;
        m.permanentExclusions += c.permanentExclusions;
    }
    std::vector<GroupCounts> rows;
    rows.reserve(merged.size());
    for (const auto& [key, counts] : merged) {
        rows.push_back(counts);
    }
    return rows;
}

} // namespace casebook
