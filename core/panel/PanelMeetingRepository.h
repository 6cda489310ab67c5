#pragma once

#include "common/Result.h"
#include "panel/PanelMeeting.h"
#include "panel/PanelMinutes.h"

#include <QDate>

#include <vector>

namespace casebook {

class Database;
class SqlQuery;

// Pupil Inclusion Panel meetings: the meeting itself, its agenda of referrals, the decisions recorded at it and its
// minutes. A referral is on a meeting's agenda when it names the meeting and is on the agenda, decided or closed;
// its place is agenda_position (1, 2, ...). Every write is one transaction; edits are guarded by row_version.
class PanelMeetingRepository
{
public:
    explicit PanelMeetingRepository(Database& db) : m_db(db) {}

    // Adds a meeting; its id. Refused when checkPanelMeeting finds an error.
    Result<qint64> insert(const PanelMeeting& meeting);
    // Saves an edited meeting if it still has `expectedRowVersion` (else the stale-record error).
    Status update(const PanelMeeting& meeting, int expectedRowVersion);
    Result<PanelMeeting> load(qint64 id);
    // The meeting (added when its id is 0, else updated from meeting.rowVersion) and its agenda, in one
    // transaction: both are saved or neither. A meeting saved as cancelled is cancelled as cancel() does and the
    // agenda is not applied. The meeting's id.
    Result<qint64> save(const PanelMeeting& meeting, const std::vector<qint64>& orderedReferralIds);

    // Every meeting, newest first, with how many referrals are on its agenda and how many are decided (one query).
    Result<std::vector<PanelMeetingSummary>> meetings();
    // The referrals that can go on `meetingId`'s agenda (0: a new meeting): received, not voided and not on
    // another planned meeting, or left undecided on a meeting already held (deferred); oldest received first (one
    // query). Putting a deferred referral on this agenda moves it here and notes the deferral in the held meeting's
    // minutes.
    Result<std::vector<AgendaReferral>> openReferrals(qint64 meetingId = 0);
    // The meeting's agenda in order (one query).
    Result<std::vector<AgendaReferral>> agenda(qint64 meetingId);

    // Makes the meeting's agenda exactly `orderedReferralIds`, in that order, in one transaction: those listed go
    // on the agenda at places 1..n (received ones become "on the agenda"); referrals taken off go back to
    // "received" with no meeting. Refused, changing nothing, for a cancelled meeting, a referral listed twice or no
    // longer open, or a decided referral taken off.
    Status setAgenda(qint64 meetingId, const std::vector<qint64>& orderedReferralIds);

    // Records the panel's decision on a referral on the meeting's agenda (decision, its date — the meeting's by
    // default —, notes, minutes and actions) if the referral still has `expectedRowVersion`. The referral rules
    // (checkPanelDecision) apply; with no decision the referral stays on the agenda with its minutes.
    Status recordDecision(qint64 meetingId, const PanelDecision& decision, int expectedRowVersion);

    // Marks the meeting held (checkPanelMeeting with `today`: attendees entered, not before its date).
    Status markHeld(qint64 meetingId, int expectedRowVersion, QDate today);
    // Cancels a meeting not yet held; its undecided referrals go back to "received" with no meeting.
    Status cancel(qint64 meetingId, int expectedRowVersion);

    // The minutes of the meeting, items in agenda order with their actions by due date, in three queries.
    Result<PanelMinutes> minutes(qint64 meetingId);

private:
    static void bindMeeting(SqlQuery& q, const PanelMeeting& meeting);
    Result<std::vector<AgendaReferral>> referrals(const QString& where, qint64 meetingId);

    Database& m_db;
};

} // namespace casebook
