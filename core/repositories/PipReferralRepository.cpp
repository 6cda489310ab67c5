#include "repositories/PipReferralRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/OptimisticLock.h"

#include <QVariant>

#include <algorithm>

namespace casebook {

namespace {

bool sameAction(const PipAction& a, const PipAction& b)
{
    return a.description == b.description && a.owner == b.owner && a.dueOn == b.dueOn && a.doneOn == b.doneOn;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

void PipReferralRepository::bindReferral(SqlQuery& q, const PipReferral& r)
{
    q.bind(QStringLiteral(":school"), r.schoolId)
        .bindDate(QStringLiteral(":received"), r.receivedOn)
        .bind(QStringLiteral(":reason"), r.reason)
        .bindOptional(QStringLiteral(":evidence"), r.evidence)
        .bind(QStringLiteral(":meeting"), idOrNull(r.meetingId))
        .bind(QStringLiteral(":position"),
              r.meetingId > 0 && r.agendaPosition > 0 ? QVariant(r.agendaPosition) : QVariant())
        .bind(QStringLiteral(":status"), r.status)
        .bindOptional(QStringLiteral(":decision"), r.decision)
        .bindDate(QStringLiteral(":decisionOn"), r.decisionOn)
        .bindOptional(QStringLiteral(":notes"), r.decisionNotes);
}

Status PipReferralRepository::insertAction(qint64 referralId, const PipAction& a)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO pip_actions (referral_id, description, owner, due_on, "
                                                 "done_on) VALUES (:referral, :description, :owner, :due, :done)"));
    q.bind(QStringLiteral(":referral"), referralId)
        .bind(QStringLiteral(":description"), a.description)
        .bind(QStringLiteral(":owner"), a.owner)
        .bindDate(QStringLiteral(":due"), a.dueOn)
        .bindDate(QStringLiteral(":done"), a.doneOn);
    return q.exec();
}

Result<qint64> PipReferralRepository::insert(const PipReferral& r)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO pip_referrals (pupil_id, school_id, received_on, reason, evidence, "
                              "meeting_id, agenda_position, status, decision, decision_on, decision_notes) VALUES "
                              "(:pupil, :school, :received, :reason, :evidence, :meeting, :position, :status, "
                              ":decision, :decisionOn, :notes)") +
                   m_db.dialect().returningId());
    q.bind(QStringLiteral(":pupil"), r.pupilId);
    bindReferral(q, r);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    for (const PipAction& a : r.actions) {
        if (Status st = insertAction(id.value(), a); !st) {
            return st.error();
        }
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Status PipReferralRepository::update(const PipReferral& r, int expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("UPDATE pip_referrals SET school_id = :school, received_on = :received, reason = :reason, "
                       "evidence = :evidence, meeting_id = :meeting, agenda_position = :position, "
                       "status = :status, decision = :decision, decision_on = :decisionOn, "
                       "decision_notes = :notes, row_version = row_version + 1, updated_at = ") +
            m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindReferral(q, r);
    q.bind(QStringLiteral(":id"), r.id).bind(QStringLiteral(":version"), expectedRowVersion);
    if (Status st = execGuardedUpdate(q); !st) {
        return st;
    }
    if (Status st = syncActions(r.id, r.actions); !st) {
        return st;
    }
    return tx.commit();
}

Status PipReferralRepository::syncActions(qint64 referralId, const std::vector<PipAction>& actions)
{
    auto saved = loadActions(referralId);
    if (!saved) {
        return saved.error();
    }
    for (const PipAction& old : saved.value()) {
        const bool kept =
            std::any_of(actions.begin(), actions.end(), [&](const PipAction& a) { return a.id == old.id; });
        if (kept) {
            continue;
        }
        SqlQuery del(m_db.connection(), QStringLiteral("DELETE FROM pip_actions WHERE id = :id"));
        del.bind(QStringLiteral(":id"), old.id);
        if (Status st = del.exec(); !st) {
            return st;
        }
    }
    for (int i = 0; i < static_cast<int>(actions.size()); ++i) {
        const PipAction& a = actions.at(static_cast<size_t>(i));
        if (a.id == 0) {
            if (Status st = insertAction(referralId, a); !st) {
                return st;
            }
            continue;
        }
        const auto old = std::find_if(saved->begin(), saved->end(), [&](const PipAction& s) { return s.id == a.id; });
        if (old == saved->end()) {
            return makeError(Error::Code::Conflict,
                             QStringLiteral("Action %1 is no longer part of this referral; close the form and open "
                                            "it again.")
                                 .arg(i + 1));
        }
        if (sameAction(*old, a)) {
            continue;
        }
        SqlQuery upd(m_db.connection(), QStringLiteral("UPDATE pip_actions SET description = :description, "
                                                       "owner = :owner, due_on = :due, done_on = :done, "
                                                       "row_version = row_version + 1, updated_at = ") +
                                            m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id"));
        upd.bind(QStringLiteral(":description"), a.description)
            .bind(QStringLiteral(":owner"), a.owner)
            .bindDate(QStringLiteral(":due"), a.dueOn)
            .bindDate(QStringLiteral(":done"), a.doneOn)
            .bind(QStringLiteral(":id"), a.id);
        if (Status st = upd.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<std::vector<PipAction>> PipReferralRepository::loadActions(qint64 referralId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, description, owner, due_on, done_on FROM pip_actions "
                                                 "WHERE referral_id = :referral ORDER BY due_on, id"));
    q.bind(QStringLiteral(":referral"), referralId);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<PipAction> actions;
    while (q.next()) {
        actions.push_back({q.id(0), q.text(1), q.text(2), q.date(3), q.date(4)});
    }
    return actions;
}

Result<PipReferral> PipReferralRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, pupil_id, school_id, received_on, reason, evidence, meeting_id, "
                              "agenda_position, status, decision, decision_on, decision_notes, row_version "
                              "FROM pip_referrals WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, QStringLiteral("The panel referral is not in the database."));
    }
    PipReferral r;
    r.id = q.id(0);
    r.pupilId = q.id(1);
    r.schoolId = q.id(2);
    r.receivedOn = q.date(3);
    r.reason = q.text(4);
    r.evidence = q.text(5);
    r.meetingId = q.id(6);
    r.agendaPosition = q.integer(7);
    r.status = q.text(8);
    r.decision = q.text(9);
    r.decisionOn = q.date(10);
    r.decisionNotes = q.text(11);
    r.rowVersion = q.integer(12);
    auto actions = loadActions(id);
    if (!actions) {
        return actions.error();
    }
    r.actions = std::move(actions).value();
    return r;
}

Result<std::vector<PanelMeetingChoice>> PipReferralRepository::meetingChoices(qint64 alsoInclude)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, meeting_date, location, status FROM panel_meetings "
                                                 "WHERE status = 'planned' OR id = :include "
                                                 "ORDER BY meeting_date, id"));
    q.bind(QStringLiteral(":include"), alsoInclude);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<PanelMeetingChoice> meetings;
    while (q.next()) {
        meetings.push_back({q.id(0), q.date(1), q.text(2), q.text(3)});
    }
    return meetings;
}

} // namespace casebook
