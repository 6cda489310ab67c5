#pragma once

#include "rules/CaseFacts.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// Who the headteacher must tell about a suspension or permanent exclusion.
enum class NotificationRecipient
{
    Parent,
    GoverningBoard,
    LocalAuthority,
    SocialWorker,
    VirtualSchoolHead,
};

QString notificationRecipientId(NotificationRecipient recipient);   // "parent", "governing_board", "la", ...
QString notificationRecipientName(NotificationRecipient recipient); // "parent", "governing board", "LA", ...

// The parties to notify of a decision made on `decisionDate`. From 1 September 2022: parent,
// governing board and LA for every suspension and exclusion (even if cancelled), plus the social
// worker if the pupil has one and the virtual school head if the pupil is looked after. Before then:
// the parent, and for a permanent exclusion also the board and the LA.
std::vector<NotificationRecipient> requiredNotifications(const PupilFacts& pupil, QDate decisionDate,
                                                         bool permanentExclusion);

// A notification not yet recorded. The headteacher (the school) owes it "without delay": due on the
// decision date.
struct NotificationOwed
{
    NotificationRecipient recipient = NotificationRecipient::Parent;
    qint64 recordId = 0;
    bool permanentExclusion = false;
    QDate due;
};

// A suspension with no decision date is taken to be decided on its first day.
std::vector<NotificationOwed> notificationsOwedForSuspension(const PupilFacts& pupil,
                                                             const SuspensionFacts& suspension);
std::vector<NotificationOwed> notificationsOwedForExclusion(const PupilFacts& pupil, const ExclusionFacts& exclusion);

} // namespace casebook
