#include "repositories/SupportRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/VersionedWrite.h"

namespace casebook {

namespace {

void bindFields(SqlQuery& q, const Support& s)
{
    q.bind(QStringLiteral(":school"), versioned::idOrNull(s.schoolId))
        .bind(QStringLiteral(":kind"), s.kind)
        .bindDate(QStringLiteral(":start"), s.startDate)
        .bindDate(QStringLiteral(":end"), s.endDate)
        .bindOptional(QStringLiteral(":provider"), s.provider.trimmed())
        .bindOptional(QStringLiteral(":notes"), s.notes.trimmed());
}

} // namespace

Result<qint64> SupportRepository::insert(const Support& s)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO support_interventions (pupil_id, school_id, kind, start_date, end_date, "
                              "provider, notes) VALUES (:pupil, :school, :kind, :start, :end, :provider, :notes)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), s.pupilId);
    bindFields(q, s);
    return versioned::insert(m_db, q);
}

Status SupportRepository::update(const Support& s, int expectedRowVersion)
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("UPDATE support_interventions SET school_id = :school, kind = :kind, start_date = :start, "
                       "end_date = :end, provider = :provider, notes = :notes, ") +
            versioned::bumpVersionSql(m_db) + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindFields(q, s);
    q.bind(QStringLiteral(":id"), s.id).bind(QStringLiteral(":version"), expectedRowVersion);
    return versioned::update(m_db, q);
}

Result<Support> SupportRepository::load(qint64 id)
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("SELECT id, pupil_id, school_id, kind, start_date, end_date, provider, notes, row_version "
                       "FROM support_interventions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The support record is not there any more."));
    }
    Support s;
    s.id = q.id(0);
    s.pupilId = q.id(1);
    s.schoolId = q.id(2);
    s.kind = q.text(3);
    s.startDate = q.date(4);
    s.endDate = q.date(5);
    s.provider = q.text(6);
    s.notes = q.text(7);
    s.rowVersion = q.integer(8);
    return s;
}

} // namespace casebook
