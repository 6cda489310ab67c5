#include "repositories/PlacementRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/VersionedWrite.h"

namespace casebook {

namespace {

const QString kColumns = QStringLiteral("id, pupil_id, kind, from_school_id, to_school_id, start_date, review_on, "
                                        "end_date, outcome, notes, row_version");

Placement readPlacement(const SqlQuery& q)
{
    Placement p;
    p.id = q.id(0);
    p.pupilId = q.id(1);
    p.kind = q.text(2);
    p.fromSchoolId = q.id(3);
    p.toSchoolId = q.id(4);
    p.startDate = q.date(5);
    p.reviewOn = q.date(6);
    p.endDate = q.date(7);
    p.outcome = q.text(8);
    p.notes = q.text(9);
    p.rowVersion = q.integer(10);
    return p;
}

void bindFields(SqlQuery& q, const Placement& p)
{
    q.bind(QStringLiteral(":kind"), p.kind)
        .bind(QStringLiteral(":from"), versioned::idOrNull(p.fromSchoolId))
        .bind(QStringLiteral(":to"), versioned::idOrNull(p.toSchoolId))
        .bindDate(QStringLiteral(":start"), p.startDate)
        .bindDate(QStringLiteral(":review"), p.reviewOn)
        .bindDate(QStringLiteral(":end"), p.endDate)
        .bindOptional(QStringLiteral(":outcome"), p.outcome)
        .bindOptional(QStringLiteral(":notes"), p.notes.trimmed());
}

} // namespace

Result<qint64> PlacementRepository::insert(const Placement& p)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO placements (pupil_id, kind, from_school_id, to_school_id, start_date, "
                              "review_on, end_date, outcome, notes) VALUES (:pupil, :kind, :from, :to, :start, "
                              ":review, :end, :outcome, :notes)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), p.pupilId);
    bindFields(q, p);
    return versioned::insert(m_db, q);
}

Status PlacementRepository::update(const Placement& p, int expectedRowVersion)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE placements SET kind = :kind, from_school_id = :from, to_school_id = :to, "
                              "start_date = :start, review_on = :review, end_date = :end, outcome = :outcome, "
                              "notes = :notes, ") +
                   versioned::bumpVersionSql(m_db) + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindFields(q, p);
    q.bind(QStringLiteral(":id"), p.id).bind(QStringLiteral(":version"), expectedRowVersion);
    return versioned::update(m_db, q);
}

Result<Placement> PlacementRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM placements WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The placement is not there any more."));
    }
    return readPlacement(q);
}

Result<std::vector<Placement>> PlacementRepository::forPupil(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM placements WHERE pupil_id = :pupil AND voided_at IS NULL "
                                                     "ORDER BY start_date, id"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<Placement> rows;
    while (q.next()) {
        rows.push_back(readPlacement(q));
    }
    return rows;
}

} // namespace casebook
