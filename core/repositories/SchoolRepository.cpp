#include "repositories/SchoolRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/OptimisticLock.h"

namespace casebook {

namespace {

const QString kSchoolColumns =
    QStringLiteral("s.id, s.urn, s.laestab, s.name, s.phase, s.school_type, s.trust_name, s.locality, s.opened_on, "
                   "s.closed_on, s.row_version");

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
    s.rowVersion = q.integer(10);
    return s;
}

void bindSchool(SqlQuery& q, const School& s)
{
    q.bind(QStringLiteral(":urn"), s.urn)
        .bindOptional(QStringLiteral(":laestab"), s.laestab)
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":phase"), s.phase)
        .bind(QStringLiteral(":type"), s.schoolType.isEmpty() ? QStringLiteral("la_maintained") : s.schoolType)
        .bindOptional(QStringLiteral(":trust"), s.trustName)
        .bindOptional(QStringLiteral(":loc"), s.locality)
        .bindDate(QStringLiteral(":opened"), s.openedOn)
        .bindDate(QStringLiteral(":closed"), s.closedOn);
}

} // namespace

Result<qint64> SchoolRepository::insert(const School& s)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO schools (urn, laestab, name, phase, school_type, trust_name, locality, "
                              "opened_on, closed_on) VALUES (:urn, :laestab, :name, :phase, :type, :trust, :loc, "
                              ":opened, :closed)") +
                   m_db.dialect().returningId());
    bindSchool(q, s);
    return q.scalar();
}

Result<qint64> SchoolRepository::insert(const School& school, const std::vector<SchoolRoll>& rolls)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<qint64> id = insert(school);
    if (!id) {
        return id.error();
    }
    if (Status s = saveRolls(id.value(), rolls); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status SchoolRepository::update(const School& s)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE schools SET urn = :urn, laestab = :laestab, name = :name, phase = :phase, "
                              "school_type = :type, trust_name = :trust, locality = :loc, opened_on = :opened, "
                              "closed_on = :closed, row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindSchool(q, s);
    q.bind(QStringLiteral(":id"), s.id).bind(QStringLiteral(":version"), s.rowVersion);
    return execVersionedUpdate(q);
}

Status SchoolRepository::update(const School& school, const std::vector<SchoolRoll>& rolls)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    if (Status s = update(school); !s) {
        return s;
    }
    if (Status s = saveRolls(school.id, rolls); !s) {
        return s;
    }
    return tx.commit();
}

Result<School> SchoolRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kSchoolColumns + QStringLiteral(" FROM schools s WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There is no school %1.").arg(id));
    }
    return readSchool(q);
}

Result<std::optional<School>> SchoolRepository::findByLaestab(const QString& laestab)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kSchoolColumns +
                                      QStringLiteral(" FROM schools s WHERE s.laestab = :laestab"));
    q.bind(QStringLiteral(":laestab"), laestab.trimmed());
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return std::optional<School>();
    }
    return std::optional<School>(readSchool(q));
}

Result<std::vector<SchoolRoll>> SchoolRepository::rolls(qint64 schoolId)
{
    SqlQuery totals(m_db.connection(), QStringLiteral("SELECT academic_year, headcount FROM school_rolls WHERE "
                                                      "school_id = :id ORDER BY academic_year DESC"));
    totals.bind(QStringLiteral(":id"), schoolId);
    if (Status s = totals.exec(); !s) {
        return s.error();
    }
    std::vector<SchoolRoll> rolls;
    while (totals.next()) {
        SchoolRoll roll;
        roll.academicYear = totals.text(0);
        roll.headcount = totals.integer(1);
        rolls.push_back(roll);
    }
    SqlQuery groups(m_db.connection(), QStringLiteral("SELECT academic_year, nc_year, headcount FROM "
                                                      "school_roll_year_groups WHERE school_id = :id"));
    groups.bind(QStringLiteral(":id"), schoolId);
    if (Status s = groups.exec(); !s) {
        return s.error();
    }
    while (groups.next()) {
        for (SchoolRoll& roll : rolls) {
            if (roll.academicYear == groups.text(0)) {
                roll.yearGroups.insert(groups.integer(1), groups.integer(2));
            }
        }
    }
    return rolls;
}

Status SchoolRepository::saveRolls(qint64 schoolId, const std::vector<SchoolRoll>& rolls)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    for (const SchoolRoll& roll : rolls) {
        for (const QString& table : {QStringLiteral("school_roll_year_groups"), QStringLiteral("school_rolls")}) {
            // Table names are this function's constants, never input.
            SqlQuery del(m_db.connection(),
                         QStringLiteral("DELETE FROM %1 WHERE school_id = :id AND academic_year = :year").arg(table));
            del.bind(QStringLiteral(":id"), schoolId).bind(QStringLiteral(":year"), roll.academicYear);
            if (Status s = del.exec(); !s) {
                return s;
            }
        }
        if (roll.headcount < 0) {
            continue;
        }
        SqlQuery total(m_db.connection(), QStringLiteral("INSERT INTO school_rolls (school_id, academic_year, "
                                                         "headcount) VALUES (:id, :year, :n)"));
        total.bind(QStringLiteral(":id"), schoolId)
            .bind(QStringLiteral(":year"), roll.academicYear)
            .bind(QStringLiteral(":n"), roll.headcount);
        if (Status s = total.exec(); !s) {
            return s;
        }
        for (auto it = roll.yearGroups.cbegin(); it != roll.yearGroups.cend(); ++it) {
            SqlQuery group(m_db.connection(), QStringLiteral("INSERT INTO school_roll_year_groups (school_id, "
                                                             "academic_year, nc_year, headcount) VALUES (:id, "
                                                             ":year, :nc, :n)"));
            group.bind(QStringLiteral(":id"), schoolId)
                .bind(QStringLiteral(":year"), roll.academicYear)
                .bind(QStringLiteral(":nc"), it.key())
                .bind(QStringLiteral(":n"), it.value());
            if (Status s = group.exec(); !s) {
                return s;
            }
        }
    }
    return tx.commit();
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

Result<qint64> SchoolRepository::latestSchoolOf(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT school_id FROM enrolments WHERE pupil_id = :pupil AND voided_at IS NULL "
                              "ORDER BY end_date IS NULL DESC, coalesce(end_date, start_date) DESC, start_date DESC "
                              "LIMIT 1"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status st = q.exec(); !st) {
        return st.error();
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
        row.latestRoll = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
        row.latestRollYear = q.text(12);
        rows.push_back(row);
    }
    return rows;
}

} // namespace casebook
