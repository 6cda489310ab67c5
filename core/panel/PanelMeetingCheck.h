#pragma once

#include "domain/PipReferral.h"
#include "panel/PanelMeeting.h"
#include "services/FieldIssue.h"

#include <QDate>

#include <vector>

namespace casebook {

// Checks a panel meeting as entered: no date or status; marked held with nobody attending, or (when `today` is
// given) before its date. Errors, each on its field (meetingDate, status, attendees).
std::vector<FieldIssue> checkPanelMeeting(const PanelMeeting& meeting, QDate today = {});

// The referral as it stands once the panel's decision at a meeting on `meetingDate` is applied: the decision, its
// date (the meeting's when none is given; none without a decision), notes and actions; "decided" with a decision,
// else "on_agenda". The referral keeps its meeting, place on the agenda and row version.
PipReferral withPanelDecision(PipReferral referral, const PanelDecision& decision, QDate meetingDate);

// Checks a referral with the panel's decision applied (withPanelDecision): every referral rule (checkPipReferral:
// a decided referral needs its decision, actions need what, who and when, ...) and the panel's own: actions
// before any decision, an action due before the meeting, a decision dated before the meeting.
std::vector<FieldIssue> checkPanelDecision(const PipReferral& decided, QDate meetingDate);

} // namespace casebook
