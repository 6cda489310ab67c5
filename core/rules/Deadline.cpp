#include "rules/Deadline.h"

#include <array>

namespace casebook {

namespace {

constexpr std::array<DeadlineKind, 14> kAllKinds{
    DeadlineKind::BoardMeeting,
    DeadlineKind::BoardMeetingIfRequested,
    DeadlineKind::BoardDecisionNotice,
    DeadlineKind::IrpApplicationWindow,
    DeadlineKind::IrpMeeting,
    DeadlineKind::Reconsideration,
    DeadlineKind::SixthDayProvision,
    DeadlineKind::NotificationOwed,
    DeadlineKind::Limit45Days,
    DeadlineKind::Limit45DaysApproaching,
    DeadlineKind::PspReview,
    DeadlineKind::PipAction,
    DeadlineKind::RepeatSuspensionsNoPlan,
    DeadlineKind::PossibleOffRolling,
};

} // namespace

QString deadlineKindId(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::BoardMeeting:
        return QStringLiteral("board_meeting");
    case DeadlineKind::BoardMeetingIfRequested:
        return QStringLiteral("board_meeting_if_requested");
    case DeadlineKind::BoardDecisionNotice:
        return QStringLiteral("board_decision_notice");
    case DeadlineKind::IrpApplicationWindow:
        return QStringLiteral("irp_application_window");
    case DeadlineKind::IrpMeeting:
        return QStringLiteral("irp_meeting");
    case DeadlineKind::Reconsideration:
        return QStringLiteral("reconsideration");
    case DeadlineKind::SixthDayProvision:
        return QStringLiteral("sixth_day_provision");
    case DeadlineKind::NotificationOwed:
        return QStringLiteral("notification_owed");
    case DeadlineKind::Limit45Days:
        return QStringLiteral("limit_45_days");
    case DeadlineKind::Limit45DaysApproaching:
        return QStringLiteral("limit_45_days_approaching");
    case DeadlineKind::PspReview:
        return QStringLiteral("psp_review");
    case DeadlineKind::PipAction:
        return QStringLiteral("pip_action");
    case DeadlineKind::RepeatSuspensionsNoPlan:
        return QStringLiteral("repeat_suspensions_no_plan");
    case DeadlineKind::PossibleOffRolling:
        return QStringLiteral("possible_off_rolling");
    }
    return {};
}

std::optional<DeadlineKind> deadlineKindFromId(const QString& id)
{
    for (DeadlineKind kind : kAllKinds) {
        if (deadlineKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

bool isAlert(DeadlineKind kind)
{
    return kind == DeadlineKind::Limit45Days || kind == DeadlineKind::Limit45DaysApproaching ||
           kind == DeadlineKind::RepeatSuspensionsNoPlan || kind == DeadlineKind::PossibleOffRolling;
}

QString partyId(Party party)
{
    switch (party) {
    case Party::School:
        return QStringLiteral("school");
    case Party::GoverningBoard:
        return QStringLiteral("governing_board");
    case Party::LocalAuthority:
        return QStringLiteral("la");
    case Party::Parent:
        return QStringLiteral("parent");
    case Party::Irp:
        return QStringLiteral("irp");
    }
    return {};
}

QString partyLabel(Party party)
{
    switch (party) {
    case Party::School:
        return QStringLiteral("school");
    case Party::GoverningBoard:
        return QStringLiteral("governing board");
    case Party::LocalAuthority:
        return QStringLiteral("LA");
    case Party::Parent:
        return QStringLiteral("parent may apply");
    case Party::Irp:
        return QStringLiteral("IRP");
    }
    return {};
}

QString recordKindId(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Suspension:
        return QStringLiteral("suspension");
    case RecordKind::Exclusion:
        return QStringLiteral("exclusion");
    case RecordKind::Psp:
        return QStringLiteral("psp");
    case RecordKind::PipReferral:
        return QStringLiteral("pip_referral");
    case RecordKind::Registration:
        return QStringLiteral("registration");
    }
    return {};
}

} // namespace casebook
