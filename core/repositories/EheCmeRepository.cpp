#include "repositories/EheCmeRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/SchoolRepository.h"
#include "repositories/VersionedWrite.h"

namespace casebook {

namespace {

void bindFields(SqlQuery& q, const EheCmeRegistration& r)
{
    q.bind(QStringLiteral(":kind"), r.kind)
        .bindDate(QStringLiteral(":registered"), r.registeredOn)
        .bind(QStringLiteral(":school"), versioned::idOrNull(r.schoolId))
        .bindOptional(QStringLiteral(":reason"), r.reasonGiven.trimmed())
        .bindDate(QStringLiteral(":ended"), r.endedOn)
        .bindOptional(QStringLiteral(":outcome"), r.outcome.trimmed());
}

} // namespace

Result<qint64> EheCmeRepository::insert(const EheCmeRegistration& r)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO ehe_cme_registrations (pupil_id, kind, registered_on, school_id, "
                              "reason_given, ended_on, outcome) VALUES (:pupil, :kind, :registered, :school, :reason, "
                              ":ended, :outcome)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), r.pupilId);
    bindFields(q, r);
    return versioned::insert(m_db, q);
}

Status EheCmeRepository::update(const EheCmeRegistration& r, int expectedRowVersion)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE ehe_cme_registrations SET kind = :kind, registered_on = :registered, "
                              "school_id = :school, reason_given = :reason, ended_on = :ended, outcome = :outcome, ") +
                   versioned::bumpVersionSql(m_db) + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindFields(q, r);
    q.bind(QStringLiteral(":id"), r.id).bind(QStringLiteral(":version"), expectedRowVersion);
    return versioned::update(m_db, q);
}

Result<EheCmeRegistration> EheCmeRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, pupil_id, kind, registered_on, school_id, reason_given, ended_on, outcome, "
                              "row_version FROM ehe_cme_registrations WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The registration is not there any more."));
    }
    EheCmeRegistration r;
    r.id = q.id(0);
    r.pupilId = q.id(1);
    r.kind = q.text(2);
    r.registeredOn = q.date(3);
    r.schoolId = q.id(4);
    r.reasonGiven = q.text(5);
    r.endedOn = q.date(6);
    r.outcome = q.text(7);
    r.rowVersion = q.integer(8);
    return r;
}

Result<std::vector<ExclusionDate>> EheCmeRepository::exclusionDates(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT first_day, 0 FROM suspensions WHERE pupil_id = :pupil AND voided_at IS NULL "
                              "UNION ALL SELECT decision_date, 1 FROM permanent_exclusions WHERE pupil_id = :pupil2 "
                              "AND voided_at IS NULL ORDER BY 1"));
    q.bind(QStringLiteral(":pupil"), pupilId).bind(QStringLiteral(":pupil2"), pupilId);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<ExclusionDate> rows;
    while (q.next()) {
        rows.push_back({q.date(0), q.integer(1) != 0});
    }
    return rows;
}

Result<qint64> EheCmeRepository::latestSchoolOf(qint64 pupilId)
{
    return SchoolRepository(m_db).latestSchoolOf(pupilId);
}

} // namespace casebook
