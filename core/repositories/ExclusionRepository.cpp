#include "repositories/ExclusionRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace casebook {

namespace {

const QString kSuspensionReasons = QStringLiteral("suspension_reasons");
const QString kSuspensionIdColumn = QStringLiteral("suspension_id");
const QString kExclusionReasons = QStringLiteral("permanent_exclusion_reasons");
const QString kExclusionIdColumn = QStringLiteral("permanent_exclusion_id");

const QString kStaleMessage =
    QStringLiteral("This record was changed by someone else since you opened it; close the form and open it again.");

const QString kSuspensionColumns = QStringLiteral(
    "id, pupil_id, school_id, category, first_day, start_session, sessions, decision_date, detail, "
    "parent_notified_on, governors_notified_on, la_notified_on, social_worker_notified_on, "
    "virtual_school_notified_on, reintegration_meeting_on, sixth_day_provision, sixth_day_provision_from, "
    "board_review_requested_on, board_review_on, board_review_outcome, would_miss_exam, cancelled_on, row_version");

const QString kExclusionColumns = QStringLiteral(
    "id, pupil_id, school_id, decision_date, effective_date, detail, parent_notified_on, governors_notified_on, "
    "la_notified_on, social_worker_notified_on, virtual_school_notified_on, would_miss_exam, board_meeting_on, "
    "board_outcome, board_decision_notice_sent_on, irp_application_on, irp_meeting_on, irp_outcome, "
    "irp_decision_on, reconsideration_on, reconsideration_outcome, la_provision_from, la_provision_detail, "
    "destination, withdrawn_on, row_version");

Suspension readSuspension(const SqlQuery& q)
{
    Suspension s;
    s.id = q.id(0);
    s.pupilId = q.id(1);
    s.schoolId = q.id(2);
    s.lunchtime = q.text(3) == QStringLiteral("lunchtime");
    s.firstDay = q.date(4);
    s.startsAfternoon = q.text(5) == QStringLiteral("pm");
    s.sessions = q.integer(6);
    s.decisionDate = q.date(7);
    s.detail = q.text(8);
    s.parentNotifiedOn = q.date(9);
    s.governorsNotifiedOn = q.date(10);
    s.laNotifiedOn = q.date(11);
    s.socialWorkerNotifiedOn = q.date(12);
    s.virtualSchoolNotifiedOn = q.date(13);
    s.reintegrationMeetingOn = q.date(14);
    s.sixthDayProvision = q.text(15);
    s.sixthDayProvisionFrom = q.date(16);
    s.boardReviewRequestedOn = q.date(17);
    s.boardReviewOn = q.date(18);
    s.boardReviewOutcome = q.text(19);
    s.wouldMissExam = q.integer(20) != 0;
    s.cancelledOn = q.date(21);
    s.rowVersion = q.integer(22);
    return s;
}

PermanentExclusion readExclusion(const SqlQuery& q)
{
    PermanentExclusion x;
    x.id = q.id(0);
    x.pupilId = q.id(1);
    x.schoolId = q.id(2);
    x.decisionDate = q.date(3);
    x.effectiveDate = q.date(4);
    x.detail = q.text(5);
    x.parentNotifiedOn = q.date(6);
    x.governorsNotifiedOn = q.date(7);
    x.laNotifiedOn = q.date(8);
    x.socialWorkerNotifiedOn = q.date(9);
    x.virtualSchoolNotifiedOn = q.date(10);
    x.wouldMissExam = q.integer(11) != 0;
    x.boardMeetingOn = q.date(12);
    x.boardOutcome = q.text(13);
    x.boardDecisionNoticeSentOn = q.date(14);
    x.irpApplicationOn = q.date(15);
    x.irpMeetingOn = q.date(16);
    x.irpOutcome = q.text(17);
    x.irpDecisionOn = q.date(18);
    x.reconsiderationOn = q.date(19);
    x.reconsiderationOutcome = q.text(20);
    x.laProvisionFrom = q.date(21);
    x.laProvisionDetail = q.text(22);
    x.destination = q.text(23);
    x.withdrawnOn = q.date(24);
    x.rowVersion = q.integer(25);
    return x;
}

Error notFound(const QString& what, qint64 id)
{
    return makeError(Error::Code::NotFound, QStringLiteral("There is no %1 with id %2.").arg(what).arg(id));
}

} // namespace

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

Status ExclusionRepository::replaceReasons(const QString& table, const QString& idColumn, qint64 id,
                                           const QStringList& codes)
{
    SqlQuery remove(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(table, idColumn));
    remove.bind(QStringLiteral(":id"), id);
    if (Status s = remove.exec(); !s) {
        return s;
    }
    return insertReasons(table, idColumn, id, codes);
}

Result<QStringList> ExclusionRepository::loadReasons(const QString& table, const QString& idColumn, qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT code FROM %1 WHERE %2 = :id ORDER BY position").arg(table, idColumn));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList codes;
    while (q.next()) {
        codes << q.text(0);
    }
    return codes;
}

Status ExclusionRepository::execLockedUpdate(SqlQuery& q)
{
    if (Status s = q.exec(); !s) {
        return s;
    }
    if (q.raw().numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict, kStaleMessage);
    }
    return {};
}

// --- Suspensions -----------------------------------------------------------------------------------------

QString ExclusionRepository::insertSuspensionSql()
{
    return QStringLiteral(
        "INSERT INTO suspensions (pupil_id, school_id, category, first_day, start_session, sessions, "
        "decision_date, detail, parent_notified_on, governors_notified_on, la_notified_on, "
        "social_worker_notified_on, virtual_school_notified_on, reintegration_meeting_on, "
        "sixth_day_provision, sixth_day_provision_from, board_review_requested_on, board_review_on, "
        "board_review_outcome, would_miss_exam, cancelled_on) VALUES (:pupil, :school, :cat, :first, :session, "
        ":sessions, :decision, :detail, :parent, :gov, :la, :sw, :vsh, :reint, :sdp, :sdpfrom, :brreq, :br, "
        ":brout, :exam, :cancelled)");
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
        .bind(QStringLiteral(":exam"), s.wouldMissExam ? 1 : 0)
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
    if (Status st = insertReasons(kSuspensionReasons, kSuspensionIdColumn, id.value(), s.reasonCodes); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Result<Suspension> ExclusionRepository::loadSuspension(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kSuspensionColumns + QStringLiteral(" FROM suspensions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return notFound(QStringLiteral("suspension"), id);
    }
    Suspension s = readSuspension(q);
    Result<QStringList> reasons = loadReasons(kSuspensionReasons, kSuspensionIdColumn, id);
    if (!reasons) {
        return reasons.error();
    }
    s.reasonCodes = reasons.value();
    return s;
}

Status ExclusionRepository::updateSuspension(const Suspension& s)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE suspensions SET pupil_id = :pupil, school_id = :school, category = :cat, "
                              "first_day = :first, start_session = :session, sessions = :sessions, "
                              "decision_date = :decision, detail = :detail, parent_notified_on = :parent, "
                              "governors_notified_on = :gov, la_notified_on = :la, social_worker_notified_on = :sw, "
                              "virtual_school_notified_on = :vsh, reintegration_meeting_on = :reint, "
                              "sixth_day_provision = :sdp, sixth_day_provision_from = :sdpfrom, "
                              "board_review_requested_on = :brreq, board_review_on = :br, "
                              "board_review_outcome = :brout, would_miss_exam = :exam, cancelled_on = :cancelled, "
                              "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindSuspension(q, s);
    q.bind(QStringLiteral(":id"), s.id).bind(QStringLiteral(":version"), s.rowVersion);
    if (Status st = execLockedUpdate(q); !st) {
        return st;
    }
    if (Status st = replaceReasons(kSuspensionReasons, kSuspensionIdColumn, s.id, s.reasonCodes); !st) {
        return st;
    }
    return tx.commit();
}

// --- Permanent exclusions --------------------------------------------------------------------------------

void ExclusionRepository::bindExclusion(SqlQuery& q, const PermanentExclusion& x)
{
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
        .bind(QStringLiteral(":exam"), x.wouldMissExam ? 1 : 0)
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
        .bindOptional(QStringLiteral(":laprovdetail"), x.laProvisionDetail)
        .bindOptional(QStringLiteral(":dest"), x.destination)
        .bindDate(QStringLiteral(":withdrawn"), x.withdrawnOn);
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
                   "virtual_school_notified_on, would_miss_exam, board_meeting_on, board_outcome, "
                   "board_decision_notice_sent_on, irp_application_on, irp_meeting_on, irp_outcome, irp_decision_on, "
                   "reconsideration_on, reconsideration_outcome, la_provision_from, la_provision_detail, destination, "
                   "withdrawn_on) VALUES (:pupil, :school, :decision, :effective, :detail, :parent, :gov, :la, :sw, "
                   ":vsh, :exam, :board, :boardout, :notice, :irpapp, :irpmeet, :irpout, :irpdec, :recon, :reconout, "
                   ":laprov, :laprovdetail, :dest, :withdrawn)") +
                   m_db.dialect().returningId());
    bindExclusion(q, x);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    if (Status st = insertReasons(kExclusionReasons, kExclusionIdColumn, id.value(), x.reasonCodes); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Result<PermanentExclusion> ExclusionRepository::loadExclusion(qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kExclusionColumns +
                                      QStringLiteral(" FROM permanent_exclusions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    if (!q.next()) {
        return notFound(QStringLiteral("permanent exclusion"), id);
    }
    PermanentExclusion x = readExclusion(q);
    Result<QStringList> reasons = loadReasons(kExclusionReasons, kExclusionIdColumn, id);
    if (!reasons) {
        return reasons.error();
    }
    x.reasonCodes = reasons.value();
    return x;
}

Status ExclusionRepository::updateExclusion(const PermanentExclusion& x)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral(
                   "UPDATE permanent_exclusions SET pupil_id = :pupil, school_id = :school, decision_date = :decision, "
                   "effective_date = :effective, detail = :detail, parent_notified_on = :parent, "
                   "governors_notified_on = :gov, la_notified_on = :la, social_worker_notified_on = :sw, "
                   "virtual_school_notified_on = :vsh, would_miss_exam = :exam, board_meeting_on = :board, "
                   "board_outcome = :boardout, board_decision_notice_sent_on = :notice, irp_application_on = :irpapp, "
                   "irp_meeting_on = :irpmeet, irp_outcome = :irpout, irp_decision_on = :irpdec, "
                   "reconsideration_on = :recon, reconsideration_outcome = :reconout, la_provision_from = :laprov, "
                   "la_provision_detail = :laprovdetail, destination = :dest, withdrawn_on = :withdrawn, "
                   "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindExclusion(q, x);
    q.bind(QStringLiteral(":id"), x.id).bind(QStringLiteral(":version"), x.rowVersion);
    if (Status st = execLockedUpdate(q); !st) {
        return st;
    }
    if (Status st = replaceReasons(kExclusionReasons, kExclusionIdColumn, x.id, x.reasonCodes); !st) {
        return st;
    }
    return tx.commit();
}

Result<std::vector<PermanentExclusion>> ExclusionRepository::exclusionsForPupil(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kExclusionColumns +
                                      QStringLiteral(" FROM permanent_exclusions WHERE pupil_id = :pupil AND "
                                                     "voided_at IS NULL ORDER BY decision_date, id"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<PermanentExclusion> rows;
    while (q.next()) {
        rows.push_back(readExclusion(q));
    }
    for (PermanentExclusion& x : rows) {
        Result<QStringList> reasons = loadReasons(kExclusionReasons, kExclusionIdColumn, x.id);
        if (!reasons) {
            return reasons.error();
        }
        x.reasonCodes = reasons.value();
    }
    return rows;
}

Result<std::vector<DateSpan>> ExclusionRepository::pastoralSupportSpans(qint64 pupilId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT start_date, end_date FROM psps WHERE pupil_id = :pupil AND "
                                                 "voided_at IS NULL ORDER BY start_date, id"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<DateSpan> spans;
    while (q.next()) {
        spans.push_back({q.date(0), q.date(1)});
    }
    return spans;
}

} // namespace casebook
