#include "chronology/ChronologyRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QStringList>

namespace casebook {

SqlStatement ChronologyRepository::statement(qint64 pupilId, bool newestFirst) const
{
    const QString reasons = m_db.dialect().groupConcat(QStringLiteral("r.code"), QStringLiteral(", "));
    // Each branch: event_date, kind, source, record_id, school_id, detail, detail2.
    const QStringList branches = {
        // The first branch names the columns for the whole union.
        QStringLiteral("SELECT start_date AS event_date, 'enrolled' AS kind, 'enrolments' AS source, id AS record_id, "
                       "school_id AS school_id, registration_type AS detail, NULL AS detail2 "
                       "FROM enrolments WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT end_date, 'left_school', 'enrolments', id, school_id, leaving_reason, destination_note "
                       "FROM enrolments WHERE pupil_id = ? AND voided_at IS NULL AND end_date IS NOT NULL"),
        QStringLiteral(
            "SELECT s.first_day, 'suspension', 'suspensions', s.id, s.school_id, "
            "(SELECT %1 FROM (SELECT code FROM suspension_reasons WHERE suspension_id = s.id ORDER BY position) r), "
            "CAST(s.sessions AS TEXT) FROM suspensions s WHERE s.pupil_id = ? AND s.voided_at IS NULL")
            .arg(reasons),
        QStringLiteral("SELECT x.decision_date, 'permanent_exclusion', 'permanent_exclusions', x.id, x.school_id, "
                       "(SELECT %1 FROM (SELECT code FROM permanent_exclusion_reasons WHERE permanent_exclusion_id = "
                       "x.id ORDER BY position) r), "
                       "x.destination FROM permanent_exclusions x WHERE x.pupil_id = ? AND x.voided_at IS NULL")
            .arg(reasons),
        QStringLiteral(
            "SELECT board_meeting_on, 'board_meeting', 'permanent_exclusions', id, school_id, board_outcome, "
            "NULL FROM permanent_exclusions WHERE pupil_id = ? AND voided_at IS NULL "
            "AND board_meeting_on IS NOT NULL"),
        QStringLiteral("SELECT irp_application_on, 'irp_application', 'permanent_exclusions', id, school_id, NULL, "
                       "NULL FROM permanent_exclusions WHERE pupil_id = ? AND voided_at IS NULL "
                       "AND irp_application_on IS NOT NULL"),
        QStringLiteral("SELECT irp_meeting_on, 'irp_meeting', 'permanent_exclusions', id, school_id, irp_outcome, "
                       "NULL FROM permanent_exclusions WHERE pupil_id = ? AND voided_at IS NULL "
                       "AND irp_meeting_on IS NOT NULL"),
        QStringLiteral("SELECT reconsideration_on, 'reconsideration', 'permanent_exclusions', id, school_id, "
                       "reconsideration_outcome, NULL FROM permanent_exclusions WHERE pupil_id = ? "
                       "AND voided_at IS NULL AND reconsideration_on IS NOT NULL"),
        QStringLiteral(
            "SELECT withdrawn_on, 'exclusion_withdrawn', 'permanent_exclusions', id, school_id, NULL, NULL "
            "FROM permanent_exclusions WHERE pupil_id = ? AND voided_at IS NULL AND withdrawn_on IS NOT NULL"),
        QStringLiteral("SELECT start_date, 'psp_started', 'psps', id, school_id, status, outcome FROM psps "
                       "WHERE pupil_id = ? AND voided_at IS NULL"),
        // A review is part of its plan: the row opens the plan (source psps, the plan's id).
        QStringLiteral("SELECT v.held_on, 'psp_review', 'psps', p.id, p.school_id, NULL, v.notes "
                       "FROM psp_reviews v JOIN psps p ON p.id = v.psp_id WHERE p.pupil_id = ? "
                       "AND p.voided_at IS NULL AND v.held_on IS NOT NULL"),
        QStringLiteral("SELECT received_on, 'pip_referral', 'pip_referrals', id, school_id, status, reason "
                       "FROM pip_referrals WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT decision_on, 'pip_decision', 'pip_referrals', id, school_id, decision, decision_notes "
                       "FROM pip_referrals WHERE pupil_id = ? AND voided_at IS NULL AND decision_on IS NOT NULL"),
        QStringLiteral("SELECT start_date, 'support', 'support_interventions', id, school_id, kind, provider "
                       "FROM support_interventions WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT start_date, kind, 'placements', id, to_school_id, outcome, notes FROM placements "
                       "WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT start_date, 'ap_placement', 'ap_placements', id, provider_school_id, outcome, "
                       "provider_name FROM ap_placements WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT registered_on, kind, 'ehe_cme_registrations', id, school_id, outcome, reason_given "
                       "FROM ehe_cme_registrations WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT noted_on, 'case_note', 'case_notes', id, NULL, category, substr(body, 1, 200) "
                       "FROM case_notes WHERE pupil_id = ? AND voided_at IS NULL"),
    };
    SqlStatement st;
    st.sql =
        QStringLiteral("SELECT e.event_date, e.kind, e.source, e.record_id, s.name, e.detail, e.detail2 FROM (") +
        branches.join(QStringLiteral(" UNION ALL ")) +
        QStringLiteral(") e LEFT JOIN schools s ON s.id = e.school_id ORDER BY e.event_date %1, e.kind, e.record_id")
            .arg(newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    for (int i = 0; i < branches.size(); ++i) {
        st.values << pupilId;
    }
    return st;
}

Result<QVector<ChronologyEvent>> ChronologyRepository::eventsForPupil(qint64 pupilId, bool newestFirst)
{
    SqlQuery q(m_db.connection(), statement(pupilId, newestFirst));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QVector<ChronologyEvent> events;
    while (q.next()) {
        events.push_back({q.date(0), q.text(1), q.text(2), q.id(3), q.text(4), q.text(5), q.text(6)});
    }
    return events;
}

} // namespace casebook
