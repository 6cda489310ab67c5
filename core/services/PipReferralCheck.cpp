#include "services/PipReferralCheck.h"

#include "panel/PipDecisions.h"

#include <algorithm>

#include "calendar/UkDate.h"

#include <QStringList>

namespace casebook {

namespace {

// "a", "a and b", "a, b and c".
QString listed(const QStringList& parts)
{
    if (parts.size() < 2) {
        return parts.join(QString());
    }
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + parts.last();
}

void checkActions(const PipReferral& r, std::vector<FieldIssue>& issues)
{
    const QString field = QStringLiteral("actions");
    for (size_t i = 0; i < r.actions.size(); ++i) {
        const PipAction& a = r.actions.at(i);
        const int row = static_cast<int>(i) + 1;
        QStringList missing;
        if (a.description.trimmed().isEmpty()) {
            missing << QStringLiteral("what is to be done");
        }
        if (a.owner.trimmed().isEmpty()) {
            missing << QStringLiteral("who owns it");
        }
        if (!a.dueOn.isValid()) {
            missing << QStringLiteral("when it is due");
        }
        if (!missing.isEmpty()) {
            issues.push_back({field, QStringLiteral("Action %1: enter %2.").arg(row).arg(listed(missing))});
        }
        if (a.doneOn.isValid() && r.receivedOn.isValid() && a.doneOn < r.receivedOn) {
            issues.push_back({field, QStringLiteral("Action %1: done on %2, before the referral was received on %3.")
                                         .arg(row)
                                         .arg(ukDate(a.doneOn), ukDate(r.receivedOn))});
        }
    }
}

} // namespace

std::vector<FieldIssue> checkPipReferral(const PipReferral& r)
{
    std::vector<FieldIssue> issues;
    if (r.schoolId <= 0) {
        issues.push_back({QStringLiteral("school"), QStringLiteral("Choose the referring school.")});
    }
    if (!r.receivedOn.isValid()) {
        issues.push_back({QStringLiteral("receivedOn"), QStringLiteral("Enter the date the referral was received.")});
    }
    if (r.reason.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("reason"), QStringLiteral("Enter the reason for the referral.")});
    }
    static const QStringList statuses = {QStringLiteral("received"), QStringLiteral("on_agenda"),
                                         QStringLiteral("decided"), QStringLiteral("withdrawn"),
                                         QStringLiteral("closed")};
    if (!statuses.contains(r.status)) {
        issues.push_back({QStringLiteral("status"), QStringLiteral("Choose the referral's status.")});
    }
    if (r.status == QStringLiteral("on_agenda") && r.meetingId <= 0) {
        issues.push_back({QStringLiteral("meeting"),
                          QStringLiteral("A referral on the agenda needs its panel meeting: choose one.")});
    }
    const auto& decisions = pipDecisions();
    if (!r.decision.isEmpty() &&
        std::none_of(decisions.begin(), decisions.end(), [&](const auto& d) { return d.first == r.decision; })) {
        issues.push_back({QStringLiteral("decision"), QStringLiteral("Choose the panel's decision from the list.")});
    }
    if (r.status == QStringLiteral("decided") && r.decision.isEmpty()) {
        issues.push_back(
            {QStringLiteral("decision"), QStringLiteral("A referral marked decided needs the panel's decision.")});
    }
    if (r.decisionOn.isValid() && r.receivedOn.isValid() && r.decisionOn < r.receivedOn) {
        issues.push_back({QStringLiteral("decisionOn"),
                          QStringLiteral("The decision date (%1) cannot be before the referral was received (%2).")
                              .arg(ukDate(r.decisionOn), ukDate(r.receivedOn))});
    }
    if (!r.decision.isEmpty() && !r.decisionOn.isValid()) {
        issues.push_back({QStringLiteral("decisionOn"),
                          QStringLiteral("The decision has no date: enter when the panel decided."),
                          FieldIssue::Severity::Warning});
    }
    checkActions(r, issues);
    return issues;
}

} // namespace casebook
