#include "repositories/ApPlacementRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/VersionedWrite.h"

namespace casebook {

namespace {

void bindFields(SqlQuery& q, const ApPlacement& p)
{
    q.bind(QStringLiteral(":provider"), p.providerName.trimmed())
        .bind(QStringLiteral(":providerSchool"), versioned::idOrNull(p.providerSchoolId))
        .bind(QStringLiteral(":commissioningSchool"), versioned::idOrNull(p.commissioningSchoolId))
        .bindOptional(QStringLiteral(":by"), p.commissionedBy)
        .bindDate(QStringLiteral(":start"), p.startDate)
        .bindDate(QStringLiteral(":end"), p.endDate)
        .bind(QStringLiteral(":days"), p.daysPerWeek ? QVariant(*p.daysPerWeek) : QVariant())
        .bind(QStringLiteral(":dual"), p.dualRegistered ? 1 : 0)
        .bind(QStringLiteral(":cost"), p.costPence ? QVariant(*p.costPence) : QVariant())
        .bindOptional(QStringLiteral(":outcome"), p.outcome.trimmed());
}

} // namespace

Result<qint64> ApPlacementRepository::insert(const ApPlacement& p)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO ap_placements (pupil_id, provider_name, provider_school_id, "
                              "commissioning_school_id, commissioned_by, start_date, end_date, days_per_week, "
                              "dual_registered, cost_pence, outcome) VALUES (:pupil, :provider, :providerSchool, "
                              ":commissioningSchool, :by, :start, :end, :days, :dual, :cost, :outcome)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), p.pupilId);
    bindFields(q, p);
    return versioned::insert(m_db, q);
}

Status ApPlacementRepository::update(const ApPlacement& p, int expectedRowVersion)
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("UPDATE ap_placements SET provider_name = :provider, provider_school_id = :providerSchool, "
                       "commissioning_school_id = :commissioningSchool, commissioned_by = :by, "
                       "start_date = :start, end_date = :end, days_per_week = :days, dual_registered = :dual, "
                       "cost_pence = :cost, outcome = :outcome, ") +
            versioned::bumpVersionSql(m_db) + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindFields(q, p);
    q.bind(QStringLiteral(":id"), p.id).bind(QStringLiteral(":version"), expectedRowVersion);
    return versioned::update(m_db, q);
}

Result<ApPlacement> ApPlacementRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, pupil_id, provider_name, provider_school_id, commissioning_school_id, "
                              "commissioned_by, start_date, end_date, days_per_week, dual_registered, cost_pence, "
                              "outcome, row_version FROM ap_placements WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The AP placement is not there any more."));
    }
    ApPlacement p;
    p.id = q.id(0);
    p.pupilId = q.id(1);
    p.providerName = q.text(2);
    p.providerSchoolId = q.id(3);
    p.commissioningSchoolId = q.id(4);
    p.commissionedBy = q.text(5);
    p.startDate = q.date(6);
    p.endDate = q.date(7);
    if (!q.value(8).isNull()) {
        p.daysPerWeek = q.value(8).toDouble();
    }
    p.dualRegistered = q.integer(9) != 0;
    if (!q.value(10).isNull()) {
        p.costPence = q.value(10).toLongLong();
    }
    p.outcome = q.text(11);
    p.rowVersion = q.integer(12);
    return p;
}

Result<std::vector<School>> ApPlacementRepository::providerSchools()
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, urn, name, phase, closed_on FROM schools WHERE phase IN ('ap', 'pru') "
                              "ORDER BY lower(name), urn"));
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<School> rows;
    while (q.next()) {
        School s;
        s.id = q.id(0);
        s.urn = q.text(1);
        s.name = q.text(2);
        s.phase = q.text(3);
        s.closedOn = q.date(4);
        rows.push_back(s);
    }
    return rows;
}

} // namespace casebook
