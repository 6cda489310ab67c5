#include "panel/PanelMeetingRepository.h"

#include "calendar/UkDate.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "panel/PanelMeetingCheck.h"
#include "panel/PipDecisions.h"
#include "repositories/OptimisticLock.h"
#include "repositories/PipReferralRepository.h"

#include <QStringList>
#include <QVariant>

#include <map>
#include <set>

namespace casebook {

namespace {

// The statuses of a referral that is on a meeting's agenda (as opposed to merely naming the meeting).
const QString kOnAgenda = QStringLiteral("r.status IN ('on_agenda', 'decided', 'closed')");

// "Surname, Forename", with a preferred forename that differs in brackets.
QString pupilName(const QString& surname, const QString& forename, const QString& preferred)
{
    QString name = surname + QStringLiteral(", ") + forename;
    if (!preferred.isEmpty() && preferred != forename) {
        name += QStringLiteral(" (") + preferred + QLatin1Char(')');
    }
    return name;
}

// The first error among the issues, as an Invalid error; none when there is no error.
Status firstError(const std::vector<FieldIssue>& issues)
{
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error) {
            return makeError(Error::Code::Invalid, issue.message);
        }
    }
    return {};
}

Error meetingNotFound()
{
    return makeError(Error::Code::NotFound, QStringLiteral("The panel meeting is not in the database."));
}

} // namespace

void PanelMeetingRepository::bindMeeting(SqlQuery& q, const PanelMeeting& m)
{
    q.bindDate(QStringLiteral(":date"), m.meetingDate)
        .bindOptional(QStringLiteral(":location"), m.location.trimmed())
        .bindOptional(QStringLiteral(":attendees"), m.attendees.trimmed())
        .bindOptional(QStringLiteral(":minutes"), m.minutes.trimmed())
        .bind(QStringLiteral(":status"), m.status);
}

Result<qint64> PanelMeetingRepository::insert(const PanelMeeting& m)
{
    if (Status st = firstError(checkPanelMeeting(m)); !st) {
        return st.error();
    }
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO panel_meetings (meeting_date, location, attendees, "
                                                 "minutes, status) VALUES (:date, :location, :attendees, :minutes, "
                                                 ":status)") +
                                      m_db.dialect().returningId());
    bindMeeting(q, m);
    Result<qint64> id = q.scalar();
    if (!id) {
        return id.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Status PanelMeetingRepository::update(const PanelMeeting& m, int expectedRowVersion)
{
    if (Status st = firstError(checkPanelMeeting(m)); !st) {
        return st;
    }
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE panel_meetings SET meeting_date = :date, location = :location, "
                              "attendees = :attendees, minutes = :minutes, status = :status, "
                              "row_version = row_version + 1, updated_at = ") +
                   m_db.dialect().nowExpression() + QStringLiteral(" WHERE id = :id AND row_version = :version"));
    bindMeeting(q, m);
    q.bind(QStringLiteral(":id"), m.id).bind(QStringLiteral(":version"), expectedRowVersion);
    if (Status st = execGuardedUpdate(q); !st) {
        return st;
    }
    return tx.commit();
}

Result<PanelMeeting> PanelMeetingRepository::load(qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, meeting_date, location, attendees, minutes, status, "
                                                 "row_version FROM panel_meetings WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    if (!q.next()) {
        return meetingNotFound();
    }
    return PanelMeeting{q.id(0), q.date(1), q.text(2), q.text(3), q.text(4), q.text(5), q.integer(6)};
}

Result<qint64> PanelMeetingRepository::save(const PanelMeeting& meeting, const std::vector<qint64>& agendaIds)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    qint64 id = meeting.id;
    if (id != 0 && meeting.status == QStringLiteral("cancelled")) {
        // Cancelling an existing meeting: its other changes are saved, then it is cancelled as cancel() does
        // (undecided referrals go back); the agenda passed in does not apply.
        auto current = load(id);
        if (!current) {
            return current.error();
        }
        if (current->status != QStringLiteral("cancelled")) {
            PanelMeeting edited = meeting;
            edited.status = current->status;
            if (Status st = update(edited, meeting.rowVersion); !st) {
                return st.error();
            }
            if (Status st = cancel(id, meeting.rowVersion + 1); !st) {
                return st.error();
            }
            if (Status st = tx.commit(); !st) {
                return st.error();
            }
            return id;
        }
    }
    if (id == 0) {
        Result<qint64> added = insert(meeting);
        if (!added) {
            return added.error();
        }
        id = added.value();
    } else if (Status st = update(meeting, meeting.rowVersion); !st) {
        return st.error();
    }
    if (meeting.status != QStringLiteral("cancelled")) {
        if (Status st = setAgenda(id, agendaIds); !st) {
            return st.error();
        }
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Result<std::vector<PanelMeetingSummary>> PanelMeetingRepository::meetings()
{
    // One pass over the referrals that name a meeting, grouped, joined to the meetings.
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT m.id, m.meeting_date, m.location, m.status, coalesce(c.items, 0), "
                              "coalesce(c.decided, 0) FROM panel_meetings m LEFT JOIN ("
                              "SELECT r.meeting_id AS meeting_id, COUNT(*) AS items, "
                              "SUM(CASE WHEN r.decision IS NOT NULL THEN 1 ELSE 0 END) AS decided "
                              "FROM pip_referrals r WHERE r.meeting_id IS NOT NULL AND r.voided_at IS NULL AND ") +
                   kOnAgenda +
                   QStringLiteral(" GROUP BY r.meeting_id) c ON c.meeting_id = m.id "
                                  "ORDER BY m.meeting_date DESC, m.id DESC"));
    q.raw().setForwardOnly(true);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<PanelMeetingSummary> rows;
    while (q.next()) {
        rows.push_back({q.id(0), q.date(1), q.text(2), q.text(3), q.integer(4), q.integer(5)});
    }
    return rows;
}

Result<std::vector<AgendaReferral>> PanelMeetingRepository::referrals(const QString& whereAndOrder, qint64 meetingId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT r.id, r.pupil_id, p.legal_surname, p.legal_forename, p.preferred_forename, "
                              "p.upn, p.date_of_birth, r.school_id, s.name, r.received_on, r.reason, r.evidence, "
                              "r.status, r.agenda_position, r.decision, r.decision_on, r.decision_notes, r.minutes, "
                              "r.row_version FROM pip_referrals r JOIN pupils p ON p.id = r.pupil_id "
                              "JOIN schools s ON s.id = r.school_id WHERE r.voided_at IS NULL AND ") +
                   whereAndOrder);
    q.bind(QStringLiteral(":meeting"), meetingId);
    q.raw().setForwardOnly(true);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<AgendaReferral> rows;
    while (q.next()) {
        AgendaReferral a;
        a.referralId = q.id(0);
        a.pupilId = q.id(1);
        a.pupilName = pupilName(q.text(2), q.text(3), q.text(4));
        a.upn = q.text(5);
        a.dateOfBirth = q.date(6);
        a.schoolId = q.id(7);
        a.schoolName = q.text(8);
        a.receivedOn = q.date(9);
        a.reason = q.text(10);
        a.evidence = q.text(11);
        a.status = q.text(12);
        a.agendaPosition = q.integer(13);
        a.decision = q.text(14);
        a.decisionOn = q.date(15);
        a.decisionNotes = q.text(16);
        a.minutes = q.text(17);
        a.rowVersion = q.integer(18);
        rows.push_back(std::move(a));
    }
    return rows;
}

Result<std::vector<AgendaReferral>> PanelMeetingRepository::openReferrals(qint64 meetingId)
{
    // Received and free, or left undecided on the agenda of a meeting already held (deferred to a later one).
    return referrals(QStringLiteral("((r.status = 'received' AND (r.meeting_id IS NULL OR r.meeting_id = :meeting OR "
                                    "NOT EXISTS (SELECT 1 FROM panel_meetings o WHERE o.id = r.meeting_id "
                                    "AND o.status = 'planned'))) OR (r.status = 'on_agenda' AND r.meeting_id <> "
                                    ":meeting AND EXISTS (SELECT 1 FROM panel_meetings h WHERE h.id = r.meeting_id "
                                    "AND h.status = 'held'))) ORDER BY r.received_on, r.id"),
                     meetingId);
}

Result<std::vector<AgendaReferral>> PanelMeetingRepository::agenda(qint64 meetingId)
{
    return referrals(QStringLiteral("r.meeting_id = :meeting AND ") + kOnAgenda +
                         QStringLiteral(" ORDER BY r.agenda_position IS NULL, r.agenda_position, r.received_on, r.id"),
                     meetingId);
}

Status PanelMeetingRepository::setAgenda(qint64 meetingId, const std::vector<qint64>& ids)
{
    std::set<qint64> listed;
    for (qint64 id : ids) {
        if (!listed.insert(id).second) {
            return makeError(Error::Code::Invalid, QStringLiteral("A referral is on the agenda twice."));
        }
    }
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    auto meeting = load(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->status == QStringLiteral("cancelled")) {
        return makeError(Error::Code::Invalid, QStringLiteral("The meeting on %1 was cancelled: its agenda cannot "
                                                              "change.")
                                                   .arg(ukDate(meeting->meetingDate)));
    }

    // The state of every referral concerned: those naming the meeting and those listed, in one query.
    QStringList placeholders;
    for (size_t i = 0; i < ids.size(); ++i) {
        placeholders << QStringLiteral(":r%1").arg(i);
    }
    SqlQuery state(m_db.connection(),
                   QStringLiteral("SELECT r.id, coalesce(r.meeting_id, 0), coalesce(r.agenda_position, 0), r.status, "
                                  "r.voided_at IS NOT NULL, coalesce(o.status, ''), p.legal_surname, "
                                  "p.legal_forename FROM pip_referrals r JOIN pupils p ON p.id = r.pupil_id "
                                  "LEFT JOIN panel_meetings o ON o.id = r.meeting_id WHERE r.meeting_id = :meeting") +
                       (ids.empty() ? QString()
                                    : QStringLiteral(" OR r.id IN (") + placeholders.join(QStringLiteral(", ")) +
                                          QLatin1Char(')')));
    state.bind(QStringLiteral(":meeting"), meetingId);
    for (size_t i = 0; i < ids.size(); ++i) {
        state.bind(placeholders.at(static_cast<int>(i)), ids.at(i));
    }
    if (Status st = state.exec(); !st) {
        return st;
    }
    struct Current
    {
        qint64 meetingId = 0;
        int position = 0;
        QString status;
        bool voided = false;
        QString meetingStatus;
        QString name;
    };
    std::map<qint64, Current> current;
    while (state.next()) {
        current[state.id(0)] = {state.id(1),   state.integer(2),
                                state.text(3), state.value(4).toBool(),
                                state.text(5), state.text(6) + QStringLiteral(", ") + state.text(7)};
    }
    static const QStringList agendaStatuses = {QStringLiteral("on_agenda"), QStringLiteral("decided"),
                                               QStringLiteral("closed")};
    for (qint64 id : ids) {
        const auto it = current.find(id);
        if (it == current.end()) {
            return makeError(Error::Code::NotFound, QStringLiteral("A referral chosen for the agenda is no longer in "
                                                                   "the database; close the meeting and open it "
                                                                   "again."));
        }
        const Current& c = it->second;
        const bool onThis =
            c.meetingId == meetingId && (agendaStatuses.contains(c.status) || c.status == QStringLiteral("received"));
        const bool open = (c.status == QStringLiteral("received") &&
                           (c.meetingId == 0 || c.meetingStatus != QStringLiteral("planned"))) ||
                          (c.status == QStringLiteral("on_agenda") && c.meetingId != meetingId &&
                           c.meetingStatus == QStringLiteral("held"));
        if (c.voided || (!onThis && !open)) {
            return makeError(Error::Code::Conflict,
                             QStringLiteral("The referral for %1 is no longer open (withdrawn, voided or on another "
                                            "meeting's agenda); close the meeting and open it again.")
                                 .arg(c.name));
        }
    }
    std::vector<qint64> removed;
    for (const auto& [id, c] : current) {
        if (c.meetingId != meetingId || c.voided || listed.count(id) != 0) {
            continue;
        }
        if (c.status == QStringLiteral("decided") || c.status == QStringLiteral("closed")) {
            return makeError(Error::Code::Invalid, QStringLiteral("The referral for %1 has the panel's decision "
                                                                  "recorded: it stays on this meeting's agenda.")
                                                       .arg(c.name));
        }
        if (c.status == QStringLiteral("on_agenda")) {
            removed.push_back(id);
        }
    }

    // Phase 1 frees every place on this agenda, so phase 2 can renumber without meeting UNIQUE(meeting_id,
    // agenda_position) half-way.
    SqlQuery free(m_db.connection(), QStringLiteral("UPDATE pip_referrals SET agenda_position = NULL "
                                                    "WHERE meeting_id = :meeting AND agenda_position IS NOT NULL"));
    free.bind(QStringLiteral(":meeting"), meetingId);
    if (Status st = free.exec(); !st) {
        return st;
    }
    const QString now = m_db.dialect().nowExpression();
    for (size_t i = 0; i < ids.size(); ++i) {
        const Current& c = current.at(ids.at(i));
        const int position = static_cast<int>(i) + 1;
        const QString status = c.status == QStringLiteral("received") ? QStringLiteral("on_agenda") : c.status;
        const bool changed = c.meetingId != meetingId || c.position != position || status != c.status;
        // An unchanged referral only gets its place back; a changed one is a new version of the record.
        SqlQuery place(m_db.connection(),
                       changed ? QStringLiteral("UPDATE pip_referrals SET meeting_id = :meeting, agenda_position = "
                                                ":position, status = :status, row_version = row_version + 1, "
                                                "updated_at = ") +
                                     now + QStringLiteral(" WHERE id = :id")
                               : QStringLiteral("UPDATE pip_referrals SET agenda_position = :position WHERE id = :id"));
        if (changed) {
            place.bind(QStringLiteral(":meeting"), meetingId).bind(QStringLiteral(":status"), status);
        }
        place.bind(QStringLiteral(":position"), position).bind(QStringLiteral(":id"), ids.at(i));
        if (Status st = place.exec(); !st) {
            return st;
        }
    }
    // A referral carried forward from a meeting held without deciding it leaves a line in that meeting's minutes.
    for (qint64 id : ids) {
        const Current& c = current.at(id);
        if (c.status != QStringLiteral("on_agenda") || c.meetingId == meetingId || c.meetingId == 0) {
            continue;
        }
        SqlQuery deferred(m_db.connection(),
                          QStringLiteral("UPDATE panel_meetings SET minutes = CASE WHEN minutes IS NULL OR minutes "
                                         "= '' THEN :line ELSE minutes || :newline || :line END, row_version = "
                                         "row_version + 1, updated_at = ") +
                              now + QStringLiteral(" WHERE id = :held"));
        deferred
            .bind(QStringLiteral(":line"),
                  QStringLiteral("Deferred to the meeting of %1: %2.").arg(ukDate(meeting->meetingDate), c.name))
            .bind(QStringLiteral(":newline"), QStringLiteral("\n"))
            .bind(QStringLiteral(":held"), c.meetingId);
        if (Status st = deferred.exec(); !st) {
            return st;
        }
    }
    for (qint64 id : removed) {
        SqlQuery back(m_db.connection(), QStringLiteral("UPDATE pip_referrals SET meeting_id = NULL, agenda_position "
                                                        "= NULL, status = 'received', row_version = row_version + 1, "
                                                        "updated_at = ") +
                                             now + QStringLiteral(" WHERE id = :id"));
        back.bind(QStringLiteral(":id"), id);
        if (Status st = back.exec(); !st) {
            return st;
        }
    }
    return tx.commit();
}

Status PanelMeetingRepository::recordDecision(qint64 meetingId, const PanelDecision& decision, int expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    auto meeting = load(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->status == QStringLiteral("cancelled")) {
        return makeError(Error::Code::Invalid, QStringLiteral("The meeting on %1 was cancelled: no decisions can be "
                                                              "recorded at it.")
                                                   .arg(ukDate(meeting->meetingDate)));
    }
    PipReferralRepository referrals(m_db);
    auto loaded = referrals.load(decision.referralId);
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->rowVersion != expectedRowVersion) {
        return staleRecordError();
    }
    if (loaded->meetingId != meetingId || loaded->status == QStringLiteral("received") ||
        loaded->status == QStringLiteral("withdrawn")) {
        return makeError(Error::Code::Conflict, QStringLiteral("This referral is no longer on the agenda of the "
                                                               "meeting on %1; close the meeting and open it again.")
                                                    .arg(ukDate(meeting->meetingDate)));
    }
    const PipReferral decided = withPanelDecision(loaded.value(), decision, meeting->meetingDate);
    if (Status st = firstError(checkPanelDecision(decided, meeting->meetingDate)); !st) {
        return st;
    }
    if (Status st = referrals.update(decided, expectedRowVersion); !st) {
        return st;
    }
    SqlQuery minutes(m_db.connection(), QStringLiteral("UPDATE pip_referrals SET minutes = :minutes WHERE id = :id"));
    minutes.bindOptional(QStringLiteral(":minutes"), decision.minutes.trimmed())
        .bind(QStringLiteral(":id"), decision.referralId);
    if (Status st = minutes.exec(); !st) {
        return st;
    }
    return tx.commit();
}

Status PanelMeetingRepository::markHeld(qint64 meetingId, int expectedRowVersion, QDate today)
{
    auto meeting = load(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    PanelMeeting held = meeting.value();
    if (held.status == QStringLiteral("cancelled")) {
        return makeError(Error::Code::Invalid, QStringLiteral("The meeting on %1 was cancelled: it cannot be marked "
                                                              "held.")
                                                   .arg(ukDate(held.meetingDate)));
    }
    held.status = QStringLiteral("held");
    if (Status st = firstError(checkPanelMeeting(held, today)); !st) {
        return st;
    }
    return update(held, expectedRowVersion);
}

Status PanelMeetingRepository::cancel(qint64 meetingId, int expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    auto meeting = load(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->status == QStringLiteral("held")) {
        return makeError(
            Error::Code::Invalid,
            QStringLiteral("The meeting on %1 was held: it cannot be cancelled.").arg(ukDate(meeting->meetingDate)));
    }
    // Decisions recorded at a meeting mean it took place: its actions are due and its decisions are in pupils'
    // histories. Cancelling it would leave them hanging on a meeting that "did not happen".
    SqlQuery decided(m_db.connection(), QStringLiteral("SELECT count(*) FROM pip_referrals WHERE meeting_id = :meeting "
                                                       "AND status IN ('decided', 'closed') AND voided_at IS NULL"));
    decided.bind(QStringLiteral(":meeting"), meetingId);
    if (Status st = decided.exec(); !st) {
        return st;
    }
    if (decided.next() && decided.integer(0) > 0) {
        const int n = decided.integer(0);
        return makeError(Error::Code::Invalid,
                         QStringLiteral("The panel's decision is recorded for %1 at the meeting on %2, so it took "
                                        "place: mark it held instead of cancelling it.")
                             .arg(n == 1 ? QStringLiteral("1 referral") : QStringLiteral("%1 referrals").arg(n),
                                  ukDate(meeting->meetingDate)));
    }
    PanelMeeting cancelled = meeting.value();
    cancelled.status = QStringLiteral("cancelled");
    if (Status st = update(cancelled, expectedRowVersion); !st) {
        return st;
    }
    SqlQuery back(m_db.connection(),
                  QStringLiteral("UPDATE pip_referrals SET meeting_id = NULL, agenda_position = NULL, "
                                 "status = 'received', row_version = row_version + 1, updated_at = ") +
                      m_db.dialect().nowExpression() +
                      QStringLiteral(" WHERE meeting_id = :meeting AND status IN ('received', 'on_agenda') "
                                     "AND voided_at IS NULL"));
    back.bind(QStringLiteral(":meeting"), meetingId);
    if (Status st = back.exec(); !st) {
        return st;
    }
    return tx.commit();
}

Result<PanelMinutes> PanelMeetingRepository::minutes(qint64 meetingId)
{
    auto meeting = load(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    PanelMinutes m;
    m.meetingId = meeting->id;
    m.meetingDate = meeting->meetingDate;
    m.location = meeting->location;
    m.attendees = meeting->attendees;
    m.status = meeting->status;
    m.minutes = meeting->minutes;

    auto items = agenda(meetingId);
    if (!items) {
        return items.error();
    }
    std::map<qint64, size_t> itemAt;
    for (const AgendaReferral& a : items.value()) {
        MinutesItem item;
        item.agendaPosition = a.agendaPosition;
        item.referralId = a.referralId;
        item.pupilId = a.pupilId;
        item.pupilName = a.pupilName;
        item.upn = a.upn;
        item.dateOfBirth = a.dateOfBirth;
        item.schoolName = a.schoolName;
        item.receivedOn = a.receivedOn;
        item.reason = a.reason;
        item.decision = a.decision;
        item.decisionLabel = pipDecisionLabel(a.decision);
        item.decisionNotes = a.decisionNotes;
        item.minutes = a.minutes;
        itemAt[a.referralId] = m.items.size();
        m.items.push_back(std::move(item));
    }

    SqlQuery actions(m_db.connection(),
                     QStringLiteral("SELECT a.referral_id, a.description, a.owner, a.due_on FROM pip_actions a "
                                    "JOIN pip_referrals r ON r.id = a.referral_id WHERE r.meeting_id = :meeting "
                                    "AND r.voided_at IS NULL ORDER BY a.due_on, a.id"));
    actions.bind(QStringLiteral(":meeting"), meetingId);
    actions.raw().setForwardOnly(true);
    if (Status st = actions.exec(); !st) {
        return st.error();
    }
    while (actions.next()) {
        const auto it = itemAt.find(actions.id(0));
        if (it != itemAt.end()) {
            m.items[it->second].actions.push_back({actions.text(1), actions.text(2), actions.date(3)});
        }
    }
    return m;
}

} // namespace casebook
