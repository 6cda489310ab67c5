#include "repositories/SchoolRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

namespace {

const QString kSchoolColumns = QStringLiteral(
    "s.id, s.urn, s.laestab, s.name, s.phase, s.school_type, s.trust_name, s.locality, s.opened_on, s.closed_on");

School readSchool(const SqlQuery& q)
{
    School s;
    s.id = q.id(0);
    s.urn = q.text(1);
    s.laestab = q.text(2);
    s.name = q.text(3);
    s.phase = q.text(4);
    s.schoolType = q.text(5);
    s.trustName = q.text(6);
    s.locality = q.text(7);
    s.openedOn = q.date(8);
    s.closedOn = q.date(9);
    return s;
}

} // namespace

Result<qint64> SchoolRepository::insert(const School& s)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO schools (urn, laestab, name, phase, school_type, trust_name, locality, "
                              "opened_on, closed_on) VALUES (:urn, :laestab, :name, :phase, :type, :trust, :loc, "
                              ":opened, :closed)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":urn"), s.urn)
        .bindOptional(QStringLiteral(":laestab"), s.laestab)
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":phase"), s.phase)
        .bind(QStringLiteral(":type"), s.schoolType.isEmpty() ? QStringLiteral("la_maintained") : s.schoolType)
        .bindOptional(QStringLiteral(":trust"), s.trustName)
        .bindOptional(QStringLiteral(":loc"), s.locality)
        .bindDate(QStringLiteral(":opened"), s.openedOn)
        .bindDate(QStringLiteral(":closed"), s.closedOn);
    return q.scalar();
}

Result<std::optional<School>> SchoolRepository::findByUrn(const QString& urn)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kSchoolColumns + QStringLiteral(" FROM schools s WHERE s.urn = :urn"));
    q.bind(QStringLiteral(":urn"), urn.trimmed());
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return std::optional<School>();
    }
    return std::optional<School>(readSchool(q));
}

Result<qint64> SchoolRepository::currentSchoolOf(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT school_id FROM enrolments WHERE pupil_id = :id AND end_date IS "
                              "NULL AND voided_at IS NULL ORDER BY start_date DESC LIMIT 1"));
    q.bind(QStringLiteral(":id"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    return q.next() ? q.id(0) : qint64(0);
}

Status SchoolRepository::setRoll(qint64 schoolId, const QString& academicYear, int headcount)
{
    // Replace in two portable statements inside one transaction (no dialect-specific upsert needed).
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SqlQuery del(m_db.connection(),
                 QStringLiteral("DELETE FROM school_rolls WHERE school_id = :id AND academic_year = :year"));
    del.bind(QStringLiteral(":id"), schoolId).bind(QStringLiteral(":year"), academicYear);
    if (Status s = del.exec(); !s) {
        return s;
    }
    SqlQuery ins(m_db.connection(), QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, headcount) "
                                                   "VALUES (:id, :year, :n)"));
    ins.bind(QStringLiteral(":id"), schoolId)
        .bind(QStringLiteral(":year"), academicYear)
        .bind(QStringLiteral(":n"), headcount);
    if (Status s = ins.exec(); !s) {
        return s;
    }
    return tx.commit();
}

SqlStatement SchoolRepository::listStatement(const QString& filter, int limit)
{
    const QString f = filter.trimmed().toLower();
    SqlStatement st;
    st.sql = QStringLiteral("SELECT ") + kSchoolColumns +
             QStringLiteral(", (SELECT r.headcount FROM school_rolls r WHERE r.school_id = s.id "
                            "ORDER BY r.academic_year DESC LIMIT 1), "
                            "(SELECT max(r.academic_year) FROM school_rolls r WHERE r.school_id = s.id) "
                            "FROM schools s");
    if (!f.isEmpty()) {
        st.sql += QStringLiteral(" WHERE lower(s.name) LIKE ? ESCAPE '\\' OR s.urn = ? OR s.laestab = ?");
        QString escaped = f;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        st.values << QString(QLatin1Char('%') + escaped + QLatin1Char('%')) << filter.trimmed() << filter.trimmed();
    }
    st.sql += QStringLiteral(" ORDER BY lower(s.name) LIMIT ?");
    st.values << limit;
    return st;
}

Result<QVector<SchoolRepository::Row>> SchoolRepository::list(const QString& filter, int limit)
{
    SqlQuery q(m_db.connection(), listStatement(filter, limit));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QVector<Row> rows;
    while (q.next()) {
        Row row;
        row.school = readSchool(q);
        row.latestRoll = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        row.latestRollYear = q.text(11);
        rows.push_back(row);
    }
    return rows;
}

} // namespace casebook
