#include "repositories/MaintenanceRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

Result<QStringList> MaintenanceRepository::integrityProblems()
{
    const QString sql = m_db.dialect().integrityCheckSql();
    if (sql.isEmpty()) {
        return QStringList(); // the server checks itself
    }
    SqlQuery q(m_db.connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

Result<QStringList> MaintenanceRepository::foreignKeyProblems()
{
    const QString sql = m_db.dialect().foreignKeyCheckSql();
    if (sql.isEmpty()) {
        return QStringList(); // the server enforces foreign keys on every write
    }
    SqlQuery q(m_db.connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList problems;
    while (q.next()) {
        problems << QStringLiteral("%1 row %2 refers to a missing %3").arg(q.text(0), q.text(1), q.text(2));
    }
    return problems;
}

Result<bool> MaintenanceRepository::isEmptyOfRecords()
{
    Result<qint64> n = SqlQuery(m_db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM "
                                                                  "schools LIMIT 1) a) + (SELECT count(*) FROM "
                                                                  "(SELECT 1 FROM pupils LIMIT 1) b)"))
                           .scalar();
    if (!n) {
        return n.error();
    }
    return n.value() == 0;
}

Result<MaintenanceRepository::SampleTargets> MaintenanceRepository::sampleTargets()
{
    SampleTargets t;
    SqlQuery pupil(m_db.connection(),
                   QStringLiteral("SELECT p.id, p.upn, substr(lower(p.legal_surname), 1, 3) FROM pupils p "
                                  "JOIN (SELECT pupil_id, count(*) AS n FROM suspensions GROUP BY pupil_id "
                                  "ORDER BY n DESC, pupil_id LIMIT 1) busiest ON busiest.pupil_id = p.id"));
    if (Status s = pupil.exec(); !s) {
        return s.error();
    }
    if (pupil.next()) {
        t.pupilId = pupil.id(0);
        t.upn = pupil.text(1);
        t.surnamePrefix = pupil.text(2);
    }
    SqlQuery common(m_db.connection(),
                    QStringLiteral("SELECT substr(lower(legal_surname), 1, 2) AS prefix, count(*) AS n "
                                   "FROM pupils GROUP BY prefix ORDER BY n DESC, prefix LIMIT 1"));
    if (Status s = common.exec(); !s) {
        return s.error();
    }
    if (common.next()) {
        t.commonPrefix = common.text(0);
    }
    SqlQuery school(m_db.connection(), QStringLiteral("SELECT school_id, count(*) AS n FROM suspensions "
                                                      "GROUP BY school_id ORDER BY n DESC, school_id LIMIT 1"));
    if (Status s = school.exec(); !s) {
        return s.error();
    }
    if (school.next()) {
        t.schoolId = school.id(0);
    }
    SqlQuery term(m_db.connection(),
                  QStringLiteral("SELECT t.academic_year, t.term FROM term_dates t WHERE EXISTS (SELECT 1 FROM "
                                 "suspensions s WHERE s.first_day BETWEEN t.first_day AND t.last_day) "
                                 "ORDER BY t.first_day DESC LIMIT 1"));
    if (Status s = term.exec(); !s) {
        return s.error();
    }
    if (term.next()) {
        t.academicYear = term.text(0);
        t.term = term.text(1);
    }
    return t;
}

Result<QStringList> MaintenanceRepository::commonSurnames(int count)
{
    SqlQuery q(m_db.connection(),
               SqlStatement{QStringLiteral("SELECT legal_surname, count(*) AS n FROM pupils "
                                           "WHERE voided_at IS NULL GROUP BY legal_surname ORDER BY n DESC, "
                                           "legal_surname LIMIT ?"),
                            {count}});
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList names;
    while (q.next()) {
        names << q.text(0);
    }
    return names;
}

Result<QVector<MaintenanceRepository::TableCount>> MaintenanceRepository::tableCounts()
{
    SqlQuery list(m_db.connection(), m_db.dialect().listTablesSql());
    if (Status s = list.exec(); !s) {
        return s.error();
    }
    QStringList tables;
    while (list.next()) {
        tables << list.text(0);
    }
    QVector<TableCount> counts;
    for (const QString& table : tables) {
        // Table names come from the schema itself, never from input.
        Result<qint64> n =
            SqlQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).scalar();
        if (!n) {
            return n.error();
        }
        counts.push_back({table, n.value()});
    }
    return counts;
}

} // namespace casebook
