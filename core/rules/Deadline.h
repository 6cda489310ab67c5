#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace casebook {

// What an open deadline or alert is about. The ids are stable: stored, exported and used by the UI.
enum class DeadlineKind
{
    BoardMeeting,            // "board_meeting": board must consider reinstatement within 15 school days
    BoardMeetingIfRequested, // "board_meeting_if_requested": parent asked; within 50 school days of notice
    BoardDecisionNotice,     // "board_decision_notice": board met; its decision must be sent without delay
    IrpApplicationWindow,    // "irp_application_window": parent may apply until the due date
    IrpMeeting,              // "irp_meeting": panel must meet by the due date
    Reconsideration,         // "reconsideration": board must reconsider after the panel's decision
    SixthDayProvision,       // "sixth_day_provision": full-time education from the due date
    NotificationOwed,        // "notification_owed": a party not yet told of the decision
    Limit45Days,             // "limit_45_days": alert, over the 45-day limit this academic year
    Limit45DaysApproaching,  // "limit_45_days_approaching": alert, few days left before the limit
    PspReview,               // "psp_review": a pastoral support plan review not yet held
    PipAction,               // "pip_action": an action agreed by the Pupil Inclusion Panel not yet done
    RepeatSuspensionsNoPlan, // "repeat_suspensions_no_plan": alert, repeated suspensions with no PSP or PIP referral
    PossibleOffRolling,      // "possible_off_rolling": alert, home education registered soon after a suspension
};

QString deadlineKindId(DeadlineKind kind);
std::optional<DeadlineKind> deadlineKindFromId(const QString& id);
// Alerts report something that happened: their date is when it happened and they are never overdue.
bool isAlert(DeadlineKind kind);

// Who must act.
enum class Party
{
    School, // the headteacher
    GoverningBoard,
    LocalAuthority,
    Parent, // a right, not a duty: "parent may apply"
    Irp,    // the independent review panel (arranged by the LA or academy trust)
};

QString partyId(Party party);    // "school", "governing_board", "la", "parent", "irp"
QString partyLabel(Party party); // "school", "governing board", "LA", "parent may apply", "IRP"

enum class RecordKind
{
    Suspension,
    Exclusion,
    Psp,
    PipReferral,
    Registration, // elective home education or child missing education
};

QString recordKindId(RecordKind kind); // "suspension", "exclusion", "psp", "pip_referral", "registration"

// One open deadline or alert for a pupil.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::NotificationOwed;
    QDate due;
    Party owedBy = Party::School;
    bool estimated = false; // rests on estimated school days (term dates not loaded)
    RecordKind recordKind = RecordKind::Suspension;
    qint64 recordId = 0;
    QString description;  // UK English, dates as dd/mm/yyyy
    bool overdue = false; // due before the day asked about (never for alerts or the IRP window)
};

} // namespace casebook
