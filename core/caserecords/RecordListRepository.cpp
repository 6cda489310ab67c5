#include "caserecords/RecordListRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <algorithm>

namespace casebook {

namespace {

// Every list query selects the record id first, then its voided flag and reason, then the cells.
QString voidColumns(const QString& alias)
{
    return QStringLiteral("%1.voided_at IS NOT NULL, %1.void_reason").arg(alias);
}

const QString kNotVoidable = QStringLiteral("0, NULL");

QString schoolName(const QString& column)
{
    return QStringLiteral("(SELECT name FROM schools WHERE id = %1)").arg(column);
}

} // namespace

Status RecordListRepository::append(RecordList& list, CaseRecordKind kind, const QString& sql, qint64 pupilId)
{
    SqlQuery q(m_db.connection(), SqlStatement{sql, {pupilId}});
    if (Status s = q.exec(); !s) {
        return s;
    }
    const int cells = list.headers.size();
    while (q.next()) {
        RecordListRow row;
        row.kind = kind;
        row.id = q.id(0);
        row.voided = q.integer(1) != 0;
        for (int i = 0; i < cells; ++i) {
            const QVariant value = q.value(3 + i);
            // Dates come back as ISO text; show them as dates.
            const QString text = value.toString();
            if (value.typeId() == QMetaType::QString && text.size() == 10 && text.at(4) == QLatin1Char('-')) {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                row.cells << (date.isValid() ? QVariant(date) : value);
            } else {
                row.cells << value;
            }
        }
        if (row.voided) {
            row.cells.last() = QStringLiteral("Void: %1").arg(q.text(2));
        }
        list.rows.push_back(std::move(row));
    }
    return {};
}

Result<RecordList> RecordListRepository::list(RecordListKind kind, qint64 pupilId)
{
    RecordList out;
    Status status;
    const Dialect& dialect = m_db.dialect();
    switch (kind) {
    case RecordListKind::Suspensions:
        out.headers = {QStringLiteral("First day"), QStringLiteral("Days"),     QStringLiteral("School"),
                       QStringLiteral("Reasons"),   QStringLiteral("Decision"), QStringLiteral("Status")};
        status = append(
            out, CaseRecordKind::Suspension,
            QStringLiteral("SELECT s.id, ") + voidColumns(QStringLiteral("s")) +
                QStringLiteral(", s.first_day, s.sessions / 2.0, ") + schoolName(QStringLiteral("s.school_id")) +
                QStringLiteral(", (SELECT ") + dialect.groupConcat(QStringLiteral("code"), QStringLiteral(", ")) +
                QStringLiteral(" FROM (SELECT code FROM suspension_reasons WHERE suspension_id = s.id "
                               "ORDER BY position) r), s.decision_date, "
                               "CASE WHEN s.cancelled_on IS NOT NULL THEN 'Cancelled' "
                               "WHEN s.category = 'lunchtime' THEN 'Lunchtime' ELSE '' END "
                               "FROM suspensions s WHERE s.pupil_id = ? ORDER BY s.first_day DESC, s.id DESC"),
            pupilId);
        break;
    case RecordListKind::Exclusions:
        out.headers = {QStringLiteral("Decision"), QStringLiteral("Effective"), QStringLiteral("School"),
                       QStringLiteral("Reasons"),  QStringLiteral("Board"),     QStringLiteral("Review panel"),
                       QStringLiteral("Status")};
        status = append(out, CaseRecordKind::Exclusion,
                        QStringLiteral("SELECT x.id, ") + voidColumns(QStringLiteral("x")) +
                            QStringLiteral(", x.decision_date, x.effective_date, ") +
                            schoolName(QStringLiteral("x.school_id")) + QStringLiteral(", (SELECT ") +
                            dialect.groupConcat(QStringLiteral("code"), QStringLiteral(", ")) +
                            QStringLiteral(" FROM (SELECT code FROM permanent_exclusion_reasons WHERE "
                                           "permanent_exclusion_id = x.id ORDER BY position) r), "
                                           "x.board_outcome, x.irp_outcome, "
                                           "CASE WHEN x.withdrawn_on IS NOT NULL THEN 'Withdrawn' "
                                           "WHEN x.reconsideration_outcome = 'reinstated' OR x.board_outcome = "
                                           "'reinstated' THEN 'Reinstated' ELSE '' END "
                                           "FROM permanent_exclusions x WHERE x.pupil_id = ? "
                                           "ORDER BY x.decision_date DESC, x.id DESC"),
                        pupilId);
        break;
    case RecordListKind::Psps:
        out.headers = {QStringLiteral("Start"),  QStringLiteral("Planned end"),  QStringLiteral("Ended"),
                       QStringLiteral("School"), QStringLiteral("Reviews held"), QStringLiteral("Status")};
        status = append(out, CaseRecordKind::Psp,
                        QStringLiteral("SELECT p.id, ") + voidColumns(QStringLiteral("p")) +
                            QStringLiteral(", p.start_date, p.planned_end_date, p.end_date, ") +
                            schoolName(QStringLiteral("p.school_id")) +
                            QStringLiteral(", (SELECT count(held_on) || ' of ' || count(*) FROM psp_reviews WHERE "
                                           "psp_id = p.id), p.status FROM psps p WHERE p.pupil_id = ? "
                                           "ORDER BY p.start_date DESC, p.id DESC"),
                        pupilId);
        break;
    case RecordListKind::Referrals:
        out.headers = {QStringLiteral("Received"), QStringLiteral("School"),  QStringLiteral("Reason"),
                       QStringLiteral("Decision"), QStringLiteral("Decided"), QStringLiteral("Status")};
        status = append(out, CaseRecordKind::PipReferral,
                        QStringLiteral("SELECT r.id, ") + voidColumns(QStringLiteral("r")) +
                            QStringLiteral(", r.received_on, ") + schoolName(QStringLiteral("r.school_id")) +
                            QStringLiteral(", r.reason, r.decision, r.decision_on, r.status FROM pip_referrals r "
                                           "WHERE r.pupil_id = ? ORDER BY r.received_on DESC, r.id DESC"),
                        pupilId);
        break;
    case RecordListKind::Support:
        out.headers = {QStringLiteral("Start"),    QStringLiteral("End"),    QStringLiteral("Support"),
                       QStringLiteral("Provider"), QStringLiteral("School"), QStringLiteral("Notes")};
        status = append(out, CaseRecordKind::Support,
                        QStringLiteral("SELECT s.id, ") + voidColumns(QStringLiteral("s")) +
                            QStringLiteral(", s.start_date, s.end_date, s.kind, s.provider, ") +
                            schoolName(QStringLiteral("s.school_id")) +
                            QStringLiteral(", s.notes FROM support_interventions s WHERE s.pupil_id = ? "
                                           "ORDER BY s.start_date DESC, s.id DESC"),
                        pupilId);
        break;
    case RecordListKind::Placements:
        out.headers = {QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Kind"), QStringLiteral("Where"),
                       QStringLiteral("Detail")};
        status = append(out, CaseRecordKind::Placement,
                        QStringLiteral("SELECT p.id, ") + voidColumns(QStringLiteral("p")) +
                            QStringLiteral(", p.start_date, p.end_date, p.kind, ") +
                            schoolName(QStringLiteral("p.from_school_id")) + QStringLiteral(" || ' to ' || ") +
                            schoolName(QStringLiteral("p.to_school_id")) +
                            QStringLiteral(", p.outcome FROM placements p WHERE p.pupil_id = ?"),
                        pupilId);
        if (status) {
            status = append(out, CaseRecordKind::ApPlacement,
                            QStringLiteral("SELECT a.id, ") + voidColumns(QStringLiteral("a")) +
                                QStringLiteral(", a.start_date, a.end_date, 'alternative_provision', a.provider_name, "
                                               "a.days_per_week || ' days a week' FROM ap_placements a "
                                               "WHERE a.pupil_id = ?"),
                            pupilId);
        }
        if (status) {
            status = append(out, CaseRecordKind::Registration,
                            QStringLiteral("SELECT e.id, ") + voidColumns(QStringLiteral("e")) +
                                QStringLiteral(", e.registered_on, e.ended_on, e.kind, ") +
                                schoolName(QStringLiteral("e.school_id")) +
                                QStringLiteral(", e.reason_given FROM ehe_cme_registrations e WHERE e.pupil_id = ?"),
                            pupilId);
        }
        // Three tables: newest first across all of them.
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const RecordListRow& a, const RecordListRow& b) {
            return a.cells.at(0).toDate() > b.cells.at(0).toDate();
        });
        break;
    case RecordListKind::Schools:
        out.headers = {QStringLiteral("Start"),        QStringLiteral("End"),          QStringLiteral("School"),
                       QStringLiteral("Registration"), QStringLiteral("Left because"), QStringLiteral("Went to")};
        status =
            append(out, CaseRecordKind::Enrolment,
                   QStringLiteral("SELECT e.id, ") + voidColumns(QStringLiteral("e")) +
                       QStringLiteral(", e.start_date, e.end_date, ") + schoolName(QStringLiteral("e.school_id")) +
                       QStringLiteral(", e.registration_type, e.leaving_reason, ") +
                       schoolName(QStringLiteral("e.destination_school_id")) +
                       QStringLiteral(" FROM enrolments e WHERE e.pupil_id = ? ORDER BY e.start_date DESC, e.id DESC"),
                   pupilId);
        break;
    case RecordListKind::Contacts:
        out.headers = {
            QStringLiteral("Name"),  QStringLiteral("Relationship"), QStringLiteral("Parental responsibility"),
            QStringLiteral("Phone"), QStringLiteral("Email"),        QStringLiteral("Primary")};
        status = append(out, CaseRecordKind::Contact,
                        QStringLiteral("SELECT c.id, ") + kNotVoidable +
                            QStringLiteral(", c.name, c.relationship, CASE c.has_parental_responsibility WHEN 1 THEN "
                                           "'Yes' ELSE 'No' END, c.phone, c.email, CASE c.is_primary WHEN 1 THEN "
                                           "'Primary' ELSE '' END FROM contacts c WHERE c.pupil_id = ? "
                                           "ORDER BY c.is_primary DESC, c.name"),
                        pupilId);
        break;
    case RecordListKind::Notes:
        out.headers = {QStringLiteral("Date"), QStringLiteral("Category"), QStringLiteral("Note")};
        status = append(out, CaseRecordKind::CaseNote,
                        QStringLiteral("SELECT n.id, ") + voidColumns(QStringLiteral("n")) +
                            QStringLiteral(", n.noted_on, n.category, n.body FROM case_notes n WHERE n.pupil_id = ? "
                                           "ORDER BY n.noted_on DESC, n.id DESC"),
                        pupilId);
        break;
    }
    if (!status) {
        return status.error();
    }
    return out;
}

} // namespace casebook
