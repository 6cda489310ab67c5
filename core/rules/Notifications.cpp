#include "rules/Notifications.h"

#include "rules/GuidanceNumbers.h"

namespace casebook {

namespace {

QDate notificationRulesFrom()
{
    return {guidance::kNotificationRulesFromYear, guidance::kNotificationRulesFromMonth,
            guidance::kNotificationRulesFromDay};
}

QDate recordedDate(const NotificationDates& dates, NotificationRecipient recipient)
{
    switch (recipient) {
    case NotificationRecipient::Parent:
        return dates.parent;
    case NotificationRecipient::GoverningBoard:
        return dates.governingBoard;
    case NotificationRecipient::LocalAuthority:
        return dates.localAuthority;
    case NotificationRecipient::SocialWorker:
        return dates.socialWorker;
    case NotificationRecipient::VirtualSchoolHead:
        return dates.virtualSchoolHead;
    }
    return {};
}

std::vector<NotificationOwed> owed(const PupilFacts& pupil, const NotificationDates& dates, QDate decisionDate,
                                   qint64 recordId, bool permanentExclusion)
{
    std::vector<NotificationOwed> result;
    for (NotificationRecipient recipient : requiredNotifications(pupil, decisionDate, permanentExclusion)) {
        if (!recordedDate(dates, recipient).isValid()) {
            result.push_back({recipient, recordId, permanentExclusion, decisionDate});
        }
    }
    return result;
}

} // namespace

QString notificationRecipientId(NotificationRecipient recipient)
{
    switch (recipient) {
    case NotificationRecipient::Parent:
        return QStringLiteral("parent");
    case NotificationRecipient::GoverningBoard:
        return QStringLiteral("governing_board");
    case NotificationRecipient::LocalAuthority:
        return QStringLiteral("la");
    case NotificationRecipient::SocialWorker:
        return QStringLiteral("social_worker");
    case NotificationRecipient::VirtualSchoolHead:
        return QStringLiteral("virtual_school_head");
    }
    return {};
}

QString notificationRecipientName(NotificationRecipient recipient)
{
    switch (recipient) {
    case NotificationRecipient::Parent:
        return QStringLiteral("parent");
    case NotificationRecipient::GoverningBoard:
        return QStringLiteral("governing board");
    case NotificationRecipient::LocalAuthority:
        return QStringLiteral("LA");
    case NotificationRecipient::SocialWorker:
        return QStringLiteral("social worker");
    case NotificationRecipient::VirtualSchoolHead:
        return QStringLiteral("virtual school head");
    }
    return {};
}

std::vector<NotificationRecipient> requiredNotifications(const PupilFacts& pupil, QDate decisionDate,
                                                         bool permanentExclusion)
{
    std::vector<NotificationRecipient> required{NotificationRecipient::Parent};
    const bool currentRules = !decisionDate.isValid() || decisionDate >= notificationRulesFrom();
    if (currentRules || permanentExclusion) {
        required.push_back(NotificationRecipient::GoverningBoard);
        required.push_back(NotificationRecipient::LocalAuthority);
    }
    if (currentRules && pupil.hasSocialWorker) {
        required.push_back(NotificationRecipient::SocialWorker);
    }
    if (currentRules && pupil.lookedAfter) {
        required.push_back(NotificationRecipient::VirtualSchoolHead);
    }
    return required;
}

std::vector<NotificationOwed> notificationsOwedForSuspension(const PupilFacts& pupil, const SuspensionFacts& suspension)
{
    const QDate decided = suspension.decisionDate.isValid() ? suspension.decisionDate : suspension.firstDay;
    return owed(pupil, suspension.notified, decided, suspension.id, false);
}

std::vector<NotificationOwed> notificationsOwedForExclusion(const PupilFacts& pupil, const ExclusionFacts& exclusion)
{
    return owed(pupil, exclusion.notified, exclusion.decisionDate, exclusion.id, true);
}

} // namespace casebook
