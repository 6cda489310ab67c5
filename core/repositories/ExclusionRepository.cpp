#include "repositories/ExclusionRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

Status ExclusionRepository::insertReasons(const QString& table, const QString& idColumn, qint64 id,
                                          const QStringList& codes)
{
    for (int i = 0; i < codes.size(); ++i) {
        // Table and column names are this class's constants, never input.
        SqlQuery q(
            m_db.connection(),
            QStringLiteral("INSERT INTO %1 (%2, position, code) VALUES (:id, :pos, :code)").arg(table, idColumn));
        q.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":pos"), i + 1)
            .bind(QStringLiteral(":code"), codes.at(i));
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

QString ExclusionRepository::insertSuspensionSql()
{
    return QStringLiteral(
        "INSERT INTO suspensions (pupil_id, school_id, category, first_day, start_session, sessions, "
        "decision_date, detail, parent_notified_on, governors_notified_on, la_notified_on, "
        "social_worker_notified_on, virtual_school_notified_on, reintegration_meeting_on, "
        "sixth_day_provision, sixth_day_provision_from, board_review_requested_on, board_review_on, "
        "board_review_outcome, cancelled_on) VALUES (:pupil, :school, :cat, :first, :session, :sessions, "
        ":decision, :detail, :parent, :gov, :la, :sw, :vsh, :reint, :sdp, :sdpfrom, :brreq, :br, :brout, "
        ":cancelled)");
}

void ExclusionRepository::bindSuspension(SqlQuery& q, const Suspension& s)
{
    q.bind(QStringLiteral(":pupil"), s.pupilId)
        .bind(QStringLiteral(":school"), s.schoolId)
        .bind(QStringLiteral(":cat"), s.lunchtime ? QStringLiteral("lunchtime") : QStringLiteral("suspension"))
        .bindDate(QStringLiteral(":first"), s.firstDay)
        .bind(QStringLiteral(":session"), s.startsAfternoon ? QStringLiteral("pm") : QStringLiteral("am"))
        .bind(QStringLiteral(":sessions"), s.sessions)
        .bindDate(QStringLiteral(":decision"), s.decisionDate)
        .bindOptional(QStringLiteral(":detail"), s.detail)
        .bindDate(QStringLiteral(":parent"), s.parentNotifiedOn)
        .bindDate(QStringLiteral(":gov"), s.governorsNotifiedOn)
        .bindDate(QStringLiteral(":la"), s.laNotifiedOn)
        .bindDate(QStringLiteral(":sw"), s.socialWorkerNotifiedOn)
        .bindDate(QStringLiteral(":vsh"), s.virtualSchoolNotifiedOn)
        .bindDate(QStringLiteral(":reint"), s.reintegrationMeetingOn)
        .bindOptional(QStringLiteral(":sdp"), s.sixthDayProvision)
        .bindDate(QStringLiteral(":sdpfrom"), s.sixthDayProvisionFrom)
        .bindDate(QStringLiteral(":brreq"), s.boardReviewRequestedOn)
        .bindDate(QStringLiteral(":br"), s.boardReviewOn)
        .bindOptional(QStringLiteral(":brout"), s.boardReviewOutcome)
        .bindDate(QStringLiteral(":cancelled"), s.cancelledOn);
}

Status ExclusionRepository::insertSuspensions(const QVector<Suspension>& suspensions)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    // Prepared once; the new id comes from the driver (no RETURNING row to step through per insert).
    SqlQuery insert(m_db.connection(), insertSuspensionSql());
    SqlQuery reason(m_db.connection(), QStringLiteral("INSERT INTO suspension_reasons (suspension_id, position, code) "
                                                      "VALUES (:id, :pos, :code)"));
    for (int row = 0; row < suspensions.size(); ++row) {
        const Suspension& s = suspensions.at(row);
        bindSuspension(insert, s);
        if (Status st = insert.exec(); !st) {
            Error e = st.error();
            e.message = QStringLiteral("Suspension %1 of %2: %3").arg(row + 1).arg(suspensions.size()).arg(e.message);
            return e;
        }
        const qint64 id = insert.raw().lastInsertId().toLongLong();
        for (int i = 0; i < s.reasonCodes.size(); ++i) {
            reason.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":pos"), i + 1)
                .bind(QStringLiteral(":code"), s.reasonCodes.at(i));
            if (Status st = reason.exec(); !st) {
                Error e = st.error();
                e.message =
                    QStringLiteral("Suspension %1 of %2: %3").arg(row + 1).arg(suspensions.size()).arg(e.message);
                return e;
            }
        }
    }
    return tx.commit();
}

Result<qint64> ExclusionRepository::insertSuspension(const Suspension& s)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    SqlQuery q(m_db.connection(), insertSuspensionSql() + m_db.dialect().returningId());
    bindSuspension(q, s);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    if (Status st = insertReasons(QStringLiteral("suspension_reasons"), QStringLiteral("suspension_id"), id.value(),
                                  s.reasonCodes);
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Result<qint64> ExclusionRepository::insertExclusion(const PermanentExclusion& x)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral(
                   "INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, effective_date, detail, "
                   "parent_notified_on, governors_notified_on, la_notified_on, social_worker_notified_on, "
                   "virtual_school_notified_on, board_meeting_on, board_outcome, board_decision_notice_sent_on, "
                   "irp_application_on, irp_meeting_on, irp_outcome, irp_decision_on, reconsideration_on, "
                   "reconsideration_outcome, la_provision_from, destination, withdrawn_on) VALUES (:pupil, :school, "
                   ":decision, :effective, :detail, :parent, :gov, :la, :sw, :vsh, :board, :boardout, :notice, "
                   ":irpapp, :irpmeet, :irpout, :irpdec, :recon, :reconout, :laprov, :dest, :withdrawn)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), x.pupilId)
        .bind(QStringLiteral(":school"), x.schoolId)
        .bindDate(QStringLiteral(":decision"), x.decisionDate)
        .bindDate(QStringLiteral(":effective"), x.effectiveDate.isValid() ? x.effectiveDate : x.decisionDate)
        .bindOptional(QStringLiteral(":detail"), x.detail)
        .bindDate(QStringLiteral(":parent"), x.parentNotifiedOn)
        .bindDate(QStringLiteral(":gov"), x.governorsNotifiedOn)
        .bindDate(QStringLiteral(":la"), x.laNotifiedOn)
        .bindDate(QStringLiteral(":sw"), x.socialWorkerNotifiedOn)
        .bindDate(QStringLiteral(":vsh"), x.virtualSchoolNotifiedOn)
        .bindDate(QStringLiteral(":board"), x.boardMeetingOn)
        .bindOptional(QStringLiteral(":boardout"), x.boardOutcome)
        .bindDate(QStringLiteral(":notice"), x.boardDecisionNoticeSentOn)
        .bindDate(QStringLiteral(":irpapp"), x.irpApplicationOn)
        .bindDate(QStringLiteral(":irpmeet"), x.irpMeetingOn)
        .bindOptional(QStringLiteral(":irpout"), x.irpOutcome)
        .bindDate(QStringLiteral(":irpdec"), x.irpDecisionOn)
        .bindDate(QStringLiteral(":recon"), x.reconsiderationOn)
        .bindOptional(QStringLiteral(":reconout"), x.reconsiderationOutcome)
        .bindDate(QStringLiteral(":laprov"), x.laProvisionFrom)
        .bindOptional(QStringLiteral(":dest"), x.destination)
        .bindDate(QStringLiteral(":withdrawn"), x.withdrawnOn);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    if (Status st = insertReasons(QStringLiteral("permanent_exclusion_reasons"),
                                  QStringLiteral("permanent_exclusion_id"), id.value(), x.reasonCodes);
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

} // namespace casebook
