#include "panel/PanelMeetingCheck.h"

#include "calendar/UkDate.h"
#include "panel/PipDecisions.h"
#include "services/PipReferralCheck.h"

#include <QStringList>

namespace casebook {

std::vector<FieldIssue> checkPanelMeeting(const PanelMeeting& m, QDate today)
{
    std::vector<FieldIssue> issues;
    if (!m.meetingDate.isValid()) {
        issues.push_back({QStringLiteral("meetingDate"), QStringLiteral("Enter the date of the meeting.")});
    }
    static const QStringList statuses = {QStringLiteral("planned"), QStringLiteral("held"),
                                         QStringLiteral("cancelled")};
    if (!statuses.contains(m.status)) {
        issues.push_back({QStringLiteral("status"), QStringLiteral("Choose the meeting's status.")});
    }
    if (m.status == QStringLiteral("held")) {
        if (m.attendees.trimmed().isEmpty()) {
            issues.push_back({QStringLiteral("attendees"),
                              QStringLiteral("Enter who attended (one per line) before the meeting is marked held.")});
        }
        if (today.isValid() && m.meetingDate.isValid() && m.meetingDate > today) {
            issues.push_back(
                {QStringLiteral("status"), QStringLiteral("The meeting on %1 cannot be marked held before that day.")
                                               .arg(ukDate(m.meetingDate))});
        }
    }
    return issues;
}

PipReferral withPanelDecision(PipReferral r, const PanelDecision& d, QDate meetingDate)
{
    r.decision = d.decision;
    r.decisionOn = d.decision.isEmpty() ? QDate() : (d.decisionOn.isValid() ? d.decisionOn : meetingDate);
    r.decisionNotes = d.decisionNotes.trimmed();
    r.actions = d.actions;
    for (PipAction& a : r.actions) {
        a.description = a.description.trimmed();
        a.owner = a.owner.trimmed();
    }
    if (d.decision.isEmpty()) {
        r.status = QStringLiteral("on_agenda");
    } else if (r.status != QStringLiteral("closed")) {
        r.status = QStringLiteral("decided"); // a closed referral stays closed when its decision is corrected
    }
    return r;
}

std::vector<FieldIssue> checkPanelDecision(const PipReferral& r, QDate meetingDate)
{
    std::vector<FieldIssue> issues = checkPipReferral(r);
    if (r.decision.isEmpty() && !r.actions.empty()) {
        issues.push_back({QStringLiteral("decision"),
                          QStringLiteral("Choose the panel's decision: actions are agreed with a decision.")});
    }
    if (meetingDate.isValid() && r.decisionOn.isValid() && r.decisionOn < meetingDate) {
        issues.push_back(
            {QStringLiteral("decisionOn"), QStringLiteral("The decision date (%1) cannot be before the meeting (%2).")
                                               .arg(ukDate(r.decisionOn), ukDate(meetingDate))});
    }
    for (size_t i = 0; i < r.actions.size(); ++i) {
        const PipAction& a = r.actions.at(i);
        if (meetingDate.isValid() && a.dueOn.isValid() && a.dueOn < meetingDate) {
            issues.push_back(
                {QStringLiteral("actions"), QStringLiteral("Action %1: due on %2, before the meeting on %3.")
                                                .arg(static_cast<int>(i) + 1)
                                                .arg(ukDate(a.dueOn), ukDate(meetingDate))});
        }
    }
    return issues;
}

} // namespace casebook
