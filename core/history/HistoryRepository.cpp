#include "history/HistoryRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "repositories/CaseFactsRepository.h"

namespace casebook {

Result<PupilHistory> HistoryRepository::historyForPupil(qint64 pupilId, const CalendarSet& calendars, QDate asOf)
{
    auto facts = CaseFactsRepository(m_db).caseForPupil(pupilId, asOf);
    if (!facts) {
        return facts.error();
    }
    auto reasons = reasonCodes(pupilId);
    if (!reasons) {
        return reasons.error();
    }
    auto onRoll = enrolments(pupilId);
    if (!onRoll) {
        return onRoll.error();
    }
    auto support = supportRecords(pupilId);
    if (!support) {
        return support.error();
    }
    PupilHistory history;
    history.pupilId = pupilId;
    history.years = yearlyFigures(facts->suspensions, *reasons, facts->exclusions, *onRoll, calendars, asOf);
    history.supportTried = supportTried(facts->exclusions, *support);
    history.support = std::move(support).value();
    return history;
}

Result<std::map<qint64, QStringList>> HistoryRepository::reasonCodes(qint64 pupilId)
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("SELECT r.suspension_id, r.code FROM suspension_reasons r "
                       "JOIN suspensions s ON s.id = r.suspension_id "
                       "WHERE s.pupil_id = :pupil AND s.voided_at IS NULL ORDER BY r.suspension_id, r.position"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::map<qint64, QStringList> codes;
    while (q.next()) {
        codes[q.id(0)] << q.text(1);
    }
    return codes;
}

Result<std::vector<EnrolmentSpan>> HistoryRepository::enrolments(qint64 pupilId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT school_id, start_date, end_date FROM enrolments "
                              "WHERE pupil_id = :pupil AND voided_at IS NULL ORDER BY start_date, id"));
    q.bind(QStringLiteral(":pupil"), pupilId);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<EnrolmentSpan> spans;
    while (q.next()) {
        spans.push_back({q.id(0), q.date(1), q.date(2)});
    }
    return spans;
}

Result<std::vector<SupportRecord>> HistoryRepository::supportRecords(qint64 pupilId)
{
    // Each branch: source, kind, record id, date. One statement, each branch on a pupil_id index.
    SqlStatement st;
    st.sql =
        QStringLiteral("SELECT 'psps', '', id, start_date FROM psps WHERE pupil_id = ? AND voided_at IS NULL "
                       "UNION ALL SELECT 'pip_referrals', '', id, received_on FROM pip_referrals "
                       "WHERE pupil_id = ? AND voided_at IS NULL "
                       "UNION ALL SELECT 'pip_decisions', decision, id, decision_on FROM pip_referrals "
                       "WHERE pupil_id = ? AND voided_at IS NULL AND decision IS NOT NULL AND decision_on IS NOT NULL "
                       "UNION ALL SELECT 'support_interventions', kind, id, start_date FROM support_interventions "
                       "WHERE pupil_id = ? AND voided_at IS NULL "
                       "UNION ALL SELECT 'ap_placements', '', id, start_date FROM ap_placements "
                       "WHERE pupil_id = ? AND voided_at IS NULL "
                       "UNION ALL SELECT 'placements', kind, id, start_date FROM placements "
                       "WHERE pupil_id = ? AND voided_at IS NULL");
    for (int i = 0; i < 6; ++i) {
        st.values << pupilId;
    }
    SqlQuery q(m_db.connection(), st);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<SupportRecord> records;
    while (q.next()) {
        records.push_back({q.text(0), q.text(1), q.id(2), q.date(3), false});
    }
    return records;
}

} // namespace casebook
