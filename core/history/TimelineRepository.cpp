#include "history/TimelineRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QHash>
#include <QStringList>

namespace casebook {

SqlStatement TimelineRepository::statement(qint64 pupilId) const
{
    const QString reasons = m_db.dialect().groupConcat(QStringLiteral("r.code"), QStringLiteral(", "));
    // Each branch: source, id, school_id, start, end, sessions, category, cancelled_on, detail, decision_on,
    // board_outcome, irp_outcome, reconsideration_outcome, withdrawn_on.
    const QStringList branches = {
        QStringLiteral("SELECT 'enrolment' AS source, id AS id, school_id AS school_id, start_date AS start_on, "
                       "end_date AS end_on, NULL AS sessions, NULL AS category, NULL AS cancelled_on, "
                       "NULL AS detail, NULL AS decision_on, NULL AS board_outcome, NULL AS irp_outcome, "
                       "NULL AS reconsideration_outcome, NULL AS withdrawn_on "
                       "FROM enrolments WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT 'suspension', s.id, s.school_id, s.first_day, NULL, s.sessions, s.category, "
                       "s.cancelled_on, (SELECT %1 FROM (SELECT code FROM suspension_reasons WHERE suspension_id = "
                       "s.id ORDER BY position) r), NULL, "
                       "NULL, NULL, NULL, NULL FROM suspensions s WHERE s.pupil_id = ? AND s.voided_at IS NULL")
            .arg(reasons),
        QStringLiteral("SELECT 'permanent_exclusion', x.id, x.school_id, x.decision_date, NULL, NULL, NULL, NULL, "
                       "(SELECT %1 FROM (SELECT code FROM permanent_exclusion_reasons WHERE permanent_exclusion_id = "
                       "x.id ORDER BY position) r), NULL, "
                       "x.board_outcome, x.irp_outcome, x.reconsideration_outcome, x.withdrawn_on "
                       "FROM permanent_exclusions x WHERE x.pupil_id = ? AND x.voided_at IS NULL")
            .arg(reasons),
        QStringLiteral("SELECT 'psp', id, school_id, start_date, end_date, NULL, NULL, NULL, status, NULL, NULL, "
                       "NULL, NULL, NULL FROM psps WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT kind, id, to_school_id, start_date, end_date, NULL, NULL, NULL, outcome, NULL, NULL, "
                       "NULL, NULL, NULL FROM placements WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT 'ap_placement', id, provider_school_id, start_date, end_date, NULL, NULL, NULL, "
                       "provider_name, NULL, NULL, NULL, NULL, NULL FROM ap_placements "
                       "WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT kind, id, school_id, registered_on, ended_on, NULL, NULL, NULL, outcome, NULL, NULL, "
                       "NULL, NULL, NULL FROM ehe_cme_registrations WHERE pupil_id = ? AND voided_at IS NULL"),
        QStringLiteral("SELECT 'pip_referral', id, school_id, received_on, NULL, NULL, NULL, NULL, decision, "
                       "decision_on, NULL, NULL, NULL, NULL FROM pip_referrals "
                       "WHERE pupil_id = ? AND voided_at IS NULL"),
    };
    SqlStatement st;
    st.sql = QStringLiteral("SELECT t.source, t.id, t.school_id, s.name, t.start_on, t.end_on, t.sessions, "
                            "t.category, t.cancelled_on, t.detail, t.decision_on, t.board_outcome, t.irp_outcome, "
                            "t.reconsideration_outcome, t.withdrawn_on FROM (") +
             branches.join(QStringLiteral(" UNION ALL ")) +
             QStringLiteral(") t LEFT JOIN schools s ON s.id = t.school_id ORDER BY t.start_on, t.source, t.id");
    for (int i = 0; i < branches.size(); ++i) {
        st.values << pupilId;
    }
    return st;
}

Result<std::vector<TimelineRecord>> TimelineRepository::recordsForPupil(qint64 pupilId)
{
    static const QHash<QString, TimelineSource> sources = {
        {QStringLiteral("enrolment"), TimelineSource::Enrolment},
        {QStringLiteral("suspension"), TimelineSource::Suspension},
        {QStringLiteral("permanent_exclusion"), TimelineSource::PermanentExclusion},
        {QStringLiteral("psp"), TimelineSource::Psp},
        {QStringLiteral("managed_move"), TimelineSource::ManagedMove},
        {QStringLiteral("off_site_direction"), TimelineSource::OffSiteDirection},
        {QStringLiteral("ap_placement"), TimelineSource::ApPlacement},
        {QStringLiteral("ehe"), TimelineSource::ElectiveHomeEducation},
        {QStringLiteral("cme"), TimelineSource::ChildMissingEducation},
        {QStringLiteral("pip_referral"), TimelineSource::PipReferral},
    };
    SqlQuery q(m_db.connection(), statement(pupilId));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<TimelineRecord> records;
    while (q.next()) {
        const auto source = sources.constFind(q.text(0));
        if (source == sources.constEnd()) {
            continue; // a kind the schema does not allow
        }
        TimelineRecord r;
        r.source = *source;
        r.id = q.id(1);
        r.schoolId = q.id(2);
        r.schoolName = q.text(3);
        r.start = q.date(4);
        r.end = q.date(5);
        r.sessions = q.integer(6);
        r.lunchtime = q.text(7) == QLatin1String("lunchtime");
        r.cancelledOn = q.date(8);
        r.detail = q.text(9);
        r.decisionOn = q.date(10);
        r.boardOutcome = q.text(11);
        r.irpOutcome = q.text(12);
        r.reconsiderationOutcome = q.text(13);
        r.withdrawnOn = q.date(14);
        records.push_back(std::move(r));
    }
    return records;
}

Result<TimelineData> TimelineRepository::timelineForPupil(qint64 pupilId, QDate asOf)
{
    auto records = recordsForPupil(pupilId);
    if (!records) {
        return records.error();
    }
    return buildTimeline(*records, asOf);
}

} // namespace casebook
