#include "repositories/CaseFactsRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QSet>

#include <map>

namespace casebook {

namespace {

void bindAll(SqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        q.raw().bindValue(i, values.at(i));
    }
}

} // namespace

Result<std::vector<PupilCase>> CaseFactsRepository::casesSince(QDate since, QDate onDate)
{
    const QString iso = since.toString(Qt::ISODate);
    const QString on = onDate.toString(Qt::ISODate);
    const QString openAction =
        QStringLiteral("EXISTS (SELECT 1 FROM pip_actions a WHERE a.referral_id = pr.id AND a.done_on IS NULL)");
    Filters f;
    f.pupils = {QStringLiteral(
                    "p.id IN (SELECT pupil_id FROM suspensions WHERE first_day >= ? AND voided_at IS NULL "
                    "UNION SELECT pupil_id FROM permanent_exclusions WHERE decision_date >= ? AND voided_at IS NULL "
                    "UNION SELECT pupil_id FROM ehe_cme_registrations WHERE registered_on >= ? AND voided_at IS NULL "
                    "UNION SELECT ps.pupil_id FROM psp_reviews r JOIN psps ps ON ps.id = r.psp_id "
                    "WHERE r.held_on IS NULL AND ps.status = 'active' AND ps.voided_at IS NULL "
                    "UNION SELECT pr.pupil_id FROM pip_actions a JOIN pip_referrals pr ON pr.id = a.referral_id "
                    "WHERE a.done_on IS NULL AND pr.voided_at IS NULL)"),
                {iso, iso, iso}};
    // Records decided after the day asked about did not exist yet on that day.
    f.suspensions = {QStringLiteral("s.first_day >= ? AND coalesce(s.decision_date, s.first_day) <= ?"), {iso, on}};
    f.exclusions = {QStringLiteral("x.decision_date >= ? AND x.decision_date <= ?"), {iso, on}};
    f.psps = {
        QStringLiteral("ps.start_date <= ? AND (ps.end_date IS NULL OR ps.end_date >= ? OR ps.status = 'active')"),
        {on, iso}};
    f.referrals = {QStringLiteral("pr.received_on <= ? AND (pr.received_on >= ? OR ") + openAction + QLatin1Char(')'),
                   {on, iso}};
    f.registrations = {QStringLiteral("e.registered_on >= ? AND e.registered_on <= ?"), {iso, on}};
    return load(f, onDate);
}

Result<PupilCase> CaseFactsRepository::caseForPupil(qint64 pupilId, QDate onDate)
{
    const QString on = onDate.toString(Qt::ISODate);
    Filters f;
    f.pupils = {QStringLiteral("p.id = ?"), {pupilId}};
    f.suspensions = {QStringLiteral("s.pupil_id = ? AND coalesce(s.decision_date, s.first_day) <= ?"), {pupilId, on}};
    f.exclusions = {QStringLiteral("x.pupil_id = ? AND x.decision_date <= ?"), {pupilId, on}};
    f.psps = {QStringLiteral("ps.pupil_id = ? AND ps.start_date <= ?"), {pupilId, on}};
    f.referrals = {QStringLiteral("pr.pupil_id = ? AND pr.received_on <= ?"), {pupilId, on}};
    f.registrations = {QStringLiteral("e.pupil_id = ? AND e.registered_on <= ?"), {pupilId, on}};
    auto cases = load(f, onDate);
    if (!cases) {
        return cases.error();
    }
    if (cases->empty()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There is no pupil with id %1.").arg(pupilId));
    }
    return cases->front();
}

Result<std::vector<PupilCase>> CaseFactsRepository::load(const Filters& filters, QDate onDate)
{
    const Filter& pupilFilter = filters.pupils;
    const Filter& suspensionFilter = filters.suspensions;
    const Filter& exclusionFilter = filters.exclusions;
    std::vector<PupilCase> cases;
    std::map<qint64, size_t> index;
    const QString on = onDate.toString(Qt::ISODate);

    // Looked-after pupils on the day (a small set, found through the kind index), then the pupils themselves.
    QSet<qint64> lookedAfter;
    SqlQuery lac(m_db.connection(),
                 QStringLiteral("SELECT DISTINCT c.pupil_id FROM pupil_characteristics c WHERE c.kind = 'looked_after' "
                                "AND c.value = '1' AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)"));
    bindAll(lac, QVariantList{on, on});
    if (Status s = lac.exec(); !s) {
        return s.error();
    }
    while (lac.next()) {
        lookedAfter.insert(lac.id(0));
    }

    SqlQuery pupils(m_db.connection(),
                    QStringLiteral("SELECT p.id, p.upn, p.legal_surname, p.legal_forename, p.date_of_birth, "
                                   "p.has_social_worker FROM pupils p WHERE p.voided_at IS NULL AND ") +
                        pupilFilter.sql + QStringLiteral(" ORDER BY p.id"));
    bindAll(pupils, pupilFilter.values);
    if (Status s = pupils.exec(); !s) {
        return s.error();
    }
    while (pupils.next()) {
        PupilCase c;
        c.pupilId = pupils.id(0);
        c.upn = pupils.text(1);
        c.name = pupils.text(2).toUpper() + QStringLiteral(", ") + pupils.text(3);
        c.facts.dateOfBirth = pupils.date(4);
        c.facts.hasSocialWorker = pupils.integer(5) != 0;
        c.facts.lookedAfter = lookedAfter.contains(c.pupilId);
        index[c.pupilId] = cases.size();
        cases.push_back(std::move(c));
    }

    SqlQuery susp(m_db.connection(),
                  QStringLiteral("SELECT s.pupil_id, s.id, s.school_id, s.decision_date, s.first_day, s.sessions, "
                                 "s.start_session, s.category, s.cancelled_on, s.parent_notified_on, "
                                 "s.governors_notified_on, s.la_notified_on, s.social_worker_notified_on, "
                                 "s.virtual_school_notified_on, s.board_review_requested_on, s.board_review_on, "
                                 "s.sixth_day_provision_from FROM suspensions s WHERE s.voided_at IS NULL AND ") +
                      suspensionFilter.sql + QStringLiteral(" ORDER BY s.first_day, s.id"));
    bindAll(susp, suspensionFilter.values);
    if (Status s = susp.exec(); !s) {
        return s.error();
    }
    while (susp.next()) {
        const auto it = index.find(susp.id(0));
        if (it == index.end()) {
            continue;
        }
        SuspensionFacts f;
        f.id = susp.id(1);
        f.schoolId = susp.id(2);
        f.decisionDate = susp.date(3);
        f.firstDay = susp.date(4);
        f.sessions = susp.integer(5);
        f.startsAfternoon = susp.text(6) == QLatin1String("pm");
        f.lunchtime = susp.text(7) == QLatin1String("lunchtime");
        f.cancelledFrom = susp.date(8);
        f.cancelled = f.cancelledFrom.isValid();
        f.notified = {susp.date(9), susp.date(10), susp.date(11), susp.date(12), susp.date(13)};
        f.boardReviewRequested = susp.date(14);
        f.boardMeetingDate = susp.date(15);
        f.sixthDayProvisionFrom = susp.date(16);
        cases[it->second].suspensions.push_back(f);
    }

    SqlQuery excl(m_db.connection(),
                  QStringLiteral("SELECT x.pupil_id, x.id, x.school_id, x.decision_date, x.effective_date, "
                                 "x.parent_notified_on, x.governors_notified_on, x.la_notified_on, "
                                 "x.social_worker_notified_on, x.virtual_school_notified_on, x.board_meeting_on, "
                                 "x.board_outcome, x.board_decision_notice_sent_on, x.irp_application_on, "
                                 "x.irp_meeting_on, x.irp_outcome, x.irp_decision_on, x.reconsideration_on, "
                                 "x.la_provision_from, x.withdrawn_on FROM permanent_exclusions x "
                                 "WHERE x.voided_at IS NULL AND ") +
                      exclusionFilter.sql + QStringLiteral(" ORDER BY x.decision_date, x.id"));
    bindAll(excl, exclusionFilter.values);
    if (Status s = excl.exec(); !s) {
        return s.error();
    }
    while (excl.next()) {
        const auto it = index.find(excl.id(0));
        if (it == index.end()) {
            continue;
        }
        ExclusionFacts f;
        f.id = excl.id(1);
        f.schoolId = excl.id(2);
        f.decisionDate = excl.date(3);
        f.effectiveDate = excl.date(4);
        f.notified = {excl.date(5), excl.date(6), excl.date(7), excl.date(8), excl.date(9)};
        f.boardMeetingDate = excl.date(10);
        f.boardOutcome = boardOutcomeFromId(excl.text(11)).value_or(BoardOutcome::None);
        f.boardDecisionNoticeSent = excl.date(12);
        f.irpApplicationDate = excl.date(13);
        f.irpMeetingDate = excl.date(14);
        f.irpOutcome = irpOutcomeFromId(excl.text(15)).value_or(IrpOutcome::None);
        f.irpDecisionDate = excl.date(16);
        f.reconsiderationDate = excl.date(17);
        f.laProvisionFrom = excl.date(18);
        f.withdrawn = excl.date(19).isValid();
        cases[it->second].exclusions.push_back(f);
    }
    if (Status s = loadPlans(filters, cases, index); !s) {
        return s.error();
    }
    return cases;
}

Status CaseFactsRepository::loadPlans(const Filters& filters, std::vector<PupilCase>& cases,
                                      const std::map<qint64, size_t>& index)
{
    const auto caseOf = [&](qint64 pupilId) -> PupilCase* {
        const auto it = index.find(pupilId);
        return it == index.end() ? nullptr : &cases[it->second];
    };
    // Plans, then their open reviews; a plan's position is remembered so each review finds it at once.
    std::map<qint64, std::pair<size_t, size_t>> planAt;
    SqlQuery psps(m_db.connection(),
                  QStringLiteral("SELECT ps.pupil_id, ps.id, ps.school_id, ps.start_date, ps.end_date, ps.status "
                                 "FROM psps ps WHERE ps.voided_at IS NULL AND ") +
                      filters.psps.sql + QStringLiteral(" ORDER BY ps.start_date, ps.id"));
    bindAll(psps, filters.psps.values);
    if (Status s = psps.exec(); !s) {
        return s;
    }
    while (psps.next()) {
        if (PupilCase* c = caseOf(psps.id(0))) {
            PspFacts f;
            f.id = psps.id(1);
            f.schoolId = psps.id(2);
            f.start = psps.date(3);
            f.end = psps.date(4);
            f.active = psps.text(5) == QLatin1String("active");
            planAt[f.id] = {index.at(psps.id(0)), c->psps.size()};
            c->psps.push_back(f);
        }
    }
    SqlQuery reviews(
        m_db.connection(),
        QStringLiteral("SELECT r.psp_id, r.id, r.due_on FROM psp_reviews r JOIN psps ps ON ps.id = r.psp_id "
                       "WHERE r.held_on IS NULL AND ps.voided_at IS NULL AND ") +
            filters.psps.sql + QStringLiteral(" ORDER BY r.due_on, r.id"));
    bindAll(reviews, filters.psps.values);
    if (Status s = reviews.exec(); !s) {
        return s;
    }
    while (reviews.next()) {
        const auto it = planAt.find(reviews.id(0));
        if (it != planAt.end()) {
            cases[it->second.first].psps[it->second.second].openReviews.push_back({reviews.id(1), reviews.date(2)});
        }
    }

    std::map<qint64, std::pair<size_t, size_t>> referralAt;
    SqlQuery referrals(m_db.connection(),
                       QStringLiteral("SELECT pr.pupil_id, pr.id, pr.school_id, pr.received_on, pr.status "
                                      "FROM pip_referrals pr WHERE pr.voided_at IS NULL AND ") +
                           filters.referrals.sql + QStringLiteral(" ORDER BY pr.received_on, pr.id"));
    bindAll(referrals, filters.referrals.values);
    if (Status s = referrals.exec(); !s) {
        return s;
    }
    while (referrals.next()) {
        if (PupilCase* c = caseOf(referrals.id(0))) {
            ReferralFacts f;
            f.id = referrals.id(1);
            f.schoolId = referrals.id(2);
            f.received = referrals.date(3);
            f.withdrawn = referrals.text(4) == QLatin1String("withdrawn");
            referralAt[f.id] = {index.at(referrals.id(0)), c->referrals.size()};
            c->referrals.push_back(f);
        }
    }
    SqlQuery actions(m_db.connection(),
                     QStringLiteral("SELECT a.referral_id, a.id, a.description, a.owner, a.due_on FROM pip_actions a "
                                    "JOIN pip_referrals pr ON pr.id = a.referral_id "
                                    "WHERE a.done_on IS NULL AND pr.voided_at IS NULL AND ") +
                         filters.referrals.sql + QStringLiteral(" ORDER BY a.due_on, a.id"));
    bindAll(actions, filters.referrals.values);
    if (Status s = actions.exec(); !s) {
        return s;
    }
    while (actions.next()) {
        const auto it = referralAt.find(actions.id(0));
        if (it != referralAt.end()) {
            cases[it->second.first].referrals[it->second.second].openActions.push_back(
                {actions.id(1), actions.text(2), actions.text(3), actions.date(4)});
        }
    }

    SqlQuery registrations(m_db.connection(),
                           QStringLiteral("SELECT e.pupil_id, e.id, e.school_id, e.kind, e.registered_on "
                                          "FROM ehe_cme_registrations e WHERE e.voided_at IS NULL AND ") +
                               filters.registrations.sql + QStringLiteral(" ORDER BY e.registered_on, e.id"));
    bindAll(registrations, filters.registrations.values);
    if (Status s = registrations.exec(); !s) {
        return s;
    }
    while (registrations.next()) {
        if (PupilCase* c = caseOf(registrations.id(0))) {
            c->registrations.push_back({registrations.id(1), registrations.id(2),
                                        registrations.text(3) == QLatin1String("ehe"), registrations.date(4)});
        }
    }
    return {};
}

} // namespace casebook
