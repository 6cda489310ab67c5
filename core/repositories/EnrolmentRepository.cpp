#include "repositories/EnrolmentRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/OptimisticLock.h"

namespace casebook {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.pupil_id, e.school_id, e.start_date, e.end_date, e.registration_type, e.leaving_reason, "
    "e.destination_school_id, e.destination_note, e.row_version, s.name FROM enrolments e "
    "JOIN schools s ON s.id = e.school_id ");

Enrolment readEnrolment(const SqlQuery& q)
{
    Enrolment e;
    e.id = q.id(0);
    e.pupilId = q.id(1);
    e.schoolId = q.id(2);
    e.startDate = q.date(3);
    e.endDate = q.date(4);
    e.registrationType = q.text(5);
    e.leavingReason = q.text(6);
    e.destinationSchoolId = q.id(7);
    e.destinationNote = q.text(8);
    e.rowVersion = q.integer(9);
    e.schoolName = q.text(10);
    return e;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<qint64> EnrolmentRepository::insert(const Enrolment& e)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date, registration_type, "
                              "leaving_reason, destination_school_id, destination_note) VALUES (:pupil, :school, "
                              ":start, :end, :reg, :reason, :dest, :note)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), e.pupilId)
        .bind(QStringLiteral(":school"), e.schoolId)
        .bindDate(QStringLiteral(":start"), e.startDate)
        .bindDate(QStringLiteral(":end"), e.endDate)
        .bind(QStringLiteral(":reg"), e.registrationType.isEmpty() ? QStringLiteral("single") : e.registrationType)
        .bindOptional(QStringLiteral(":reason"), e.leavingReason)
        .bind(QStringLiteral(":dest"), optionalId(e.destinationSchoolId))
        .bindOptional(QStringLiteral(":note"), e.destinationNote);
    return q.scalar();
}

Status EnrolmentRepository::update(const Enrolment& e)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE enrolments SET school_id = :school, start_date = :start, end_date = :end, "
                              "registration_type = :reg, leaving_reason = :reason, destination_school_id = :dest, "
                              "destination_note = :note, row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() +
                   QStringLiteral(" WHERE id = :id AND row_version = :version AND voided_at IS NULL"));
    q.bind(QStringLiteral(":school"), e.schoolId)
        .bindDate(QStringLiteral(":start"), e.startDate)
        .bindDate(QStringLiteral(":end"), e.endDate)
        .bind(QStringLiteral(":reg"), e.registrationType)
        .bindOptional(QStringLiteral(":reason"), e.leavingReason)
        .bind(QStringLiteral(":dest"), optionalId(e.destinationSchoolId))
        .bindOptional(QStringLiteral(":note"), e.destinationNote)
        .bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":version"), e.rowVersion);
    return execVersionedUpdate(q);
}

Result<Enrolment> EnrolmentRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(), kSelect + QStringLiteral("WHERE e.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There is no enrolment %1.").arg(id));
    }
    return readEnrolment(q);
}

Result<std::vector<Enrolment>> EnrolmentRepository::forPupil(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), kSelect + QStringLiteral("WHERE e.pupil_id = :id AND e.voided_at IS NULL "
                                                           "ORDER BY e.start_date, e.id"));
    q.bind(QStringLiteral(":id"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Enrolment> rows;
    while (q.next()) {
        rows.push_back(readEnrolment(q));
    }
    return rows;
}

Result<std::optional<Enrolment>> EnrolmentRepository::current(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               kSelect + QStringLiteral("WHERE e.pupil_id = :id AND e.voided_at IS NULL AND e.end_date IS NULL "
                                        "ORDER BY CASE e.registration_type WHEN 'subsidiary_dual' THEN 1 ELSE 0 END, "
                                        "e.start_date DESC, e.id DESC LIMIT 1"));
    q.bind(QStringLiteral(":id"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Enrolment>();
    }
    return std::optional<Enrolment>(readEnrolment(q));
}

Result<qint64> EnrolmentRepository::recordMove(const SchoolMove& move)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    qint64 id = move.leavingEnrolmentId;
    if (move.leavingEnrolmentId > 0) {
        SqlQuery end(m_db.connection(),
                     QStringLiteral("UPDATE enrolments SET end_date = :end, leaving_reason = :reason, "
                                    "destination_school_id = :dest, destination_note = :note, "
                                    "row_version = row_version + 1, updated_at = ") +
                         m_db.dialect().nowExpression() +
                         QStringLiteral(" WHERE id = :id AND row_version = :version AND voided_at IS NULL"));
        end.bindDate(QStringLiteral(":end"), move.endDate)
            .bindOptional(QStringLiteral(":reason"), move.leavingReason)
            .bind(QStringLiteral(":dest"), optionalId(move.destinationSchoolId))
            .bindOptional(QStringLiteral(":note"), move.destinationNote)
            .bind(QStringLiteral(":id"), move.leavingEnrolmentId)
            .bind(QStringLiteral(":version"), move.leavingRowVersion);
        if (Status s = execVersionedUpdate(end); !s) {
            return s.error();
        }
    }
    if (move.destinationSchoolId > 0) {
        Enrolment next;
        next.pupilId = move.pupilId;
        next.schoolId = move.destinationSchoolId;
        next.startDate = move.startDate;
        next.registrationType = move.registrationType;
        Result<qint64> inserted = insert(next);
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

} // namespace casebook
