#include "rules/PupilDeadlines.h"

#include "calendar/UkDate.h"
#include "rules/BoardDuties.h"
#include "rules/GuidanceNumbers.h"
#include "rules/IrpDeadlines.h"
#include "rules/Notifications.h"
#include "rules/SixthDayProvision.h"
#include "rules/SuspensionDays.h"
#include "rules/SuspensionLimits.h"

#include <algorithm>
#include <tuple>

namespace casebook {

namespace {

QString days(double value)
{
    return QString::number(value);
}

QString estimatedNote(bool estimated)
{
    return estimated ? QStringLiteral(" Estimated: term dates are not loaded for all the days counted.") : QString();
}

class Collector
{
public:
    explicit Collector(QDate onDate) : m_onDate(onDate) {}

    void add(DeadlineKind kind, EstimatedDate due, Party owedBy, RecordKind recordKind, qint64 recordId,
             const QString& description)
    {
        Deadline deadline;
        deadline.kind = kind;
        deadline.due = due.value;
        deadline.owedBy = owedBy;
        deadline.estimated = due.estimated;
        deadline.recordKind = recordKind;
        deadline.recordId = recordId;
        deadline.description = description + estimatedNote(due.estimated);
        deadline.overdue =
            !isAlert(kind) && kind != DeadlineKind::IrpApplicationWindow && due.value.isValid() && due.value < m_onDate;
        m_items.push_back(std::move(deadline));
    }

    QDate onDate() const { return m_onDate; }

    std::vector<Deadline> take()
    {
        std::stable_sort(m_items.begin(), m_items.end(), [](const Deadline& a, const Deadline& b) {
            const auto key = [](const Deadline& d) {
                return std::make_tuple(!d.due.isValid(), d.due, static_cast<int>(d.kind), d.recordId);
            };
            return key(a) < key(b);
        });
        return std::move(m_items);
    }

private:
    QDate m_onDate;
    std::vector<Deadline> m_items;
};

void addNotifications(Collector& out, const std::vector<NotificationOwed>& owed)
{
    for (const NotificationOwed& item : owed) {
        const QString what =
            item.permanentExclusion ? QStringLiteral("permanent exclusion") : QStringLiteral("suspension");
        out.add(DeadlineKind::NotificationOwed, {item.due, false}, Party::School,
                item.permanentExclusion ? RecordKind::Exclusion : RecordKind::Suspension, item.recordId,
                QStringLiteral("Headteacher has not recorded notifying the %1 of the %2 decided on %3 (due without "
                               "delay).")
                    .arg(notificationRecipientName(item.recipient), what, ukDate(item.due)));
    }
}

void addSuspensionBoardMeetings(Collector& out, const std::vector<SuspensionFacts>& suspensions,
                                const CalendarSet& calendars)
{
    for (const SuspensionBoardDuty& duty : boardDutiesForSuspensions(suspensions, calendars)) {
        if (!duty.meetingRequired() || duty.meetingHeld) {
            continue;
        }
        const QString assumed = duty.noticeDateAssumed
                                    ? QStringLiteral(" Counted from the suspension's first day (%1): the date the "
                                                     "board was notified is not recorded.")
                                          .arg(ukDate(duty.noticeDate))
                                    : QString();
        if (duty.duty == BoardDuty::MustMeetWithin15SchoolDays) {
            out.add(DeadlineKind::BoardMeeting, duty.meetingDue, Party::GoverningBoard, RecordKind::Suspension,
                    duty.suspensionId,
                    QStringLiteral("Governing board must consider reinstatement by %1: this suspension takes the "
                                   "pupil to %2 days at this school in %3 (more than 15).")
                            .arg(ukDate(duty.meetingDue.value), days(duty.termDays), duty.term.displayName()) +
                        assumed);
        } else {
            out.add(DeadlineKind::BoardMeetingIfRequested, duty.meetingDue, Party::GoverningBoard,
                    RecordKind::Suspension, duty.suspensionId,
                    QStringLiteral("The parent asked the governing board to meet: it must consider reinstatement "
                                   "by %1, within 50 school days of notice (%2 days at this school in %3).")
                            .arg(ukDate(duty.meetingDue.value), days(duty.termDays), duty.term.displayName()) +
                        assumed);
        }
    }
}

void addSuspensionSixthDay(Collector& out, const PupilFacts& pupil, const std::vector<SuspensionFacts>& suspensions,
                           const CalendarSet& calendars)
{
    for (const SixthDayDuty& duty : sixthDayDutiesForSuspensions(pupil, suspensions, calendars)) {
        if (duty.arrangedFrom.isValid() || out.onDate() > duty.runLastDay) {
            continue;
        }
        const QString run = duty.suspensionIds.size() > 1
                                ? QStringLiteral("consecutive suspensions from %1 to %2 add up to %3 school days")
                                : QStringLiteral("the suspension from %1 to %2 lasts %3 school days");
        out.add(DeadlineKind::SixthDayProvision, duty.from, Party::School, RecordKind::Suspension, duty.recordId,
                QStringLiteral("School must arrange full-time education from %1: ").arg(ukDate(duty.from.value)) +
                    run.arg(ukDate(duty.runFirstDay), ukDate(duty.runLastDay), days(duty.runDays)) +
                    QStringLiteral(" (more than 5)."));
    }
}

void addExclusion(Collector& out, const PupilFacts& pupil, const ExclusionFacts& exclusion,
                  const CalendarSet& calendars)
{
    const RecordKind record = RecordKind::Exclusion;
    if (exclusion.withdrawn) {
        return;
    }
    const ExclusionBoardDuty board = boardDutyForExclusion(exclusion, calendars);
    if (!board.meetingHeld && board.meetingDue.value.isValid()) {
        const QString from = board.noticeDateAssumed
                                 ? QStringLiteral("from the decision on %1: the date the board was notified is not "
                                                  "recorded")
                                 : QStringLiteral("after it was notified on %1");
        out.add(DeadlineKind::BoardMeeting, board.meetingDue, Party::GoverningBoard, record, exclusion.id,
                QStringLiteral("Governing board must consider reinstatement of the permanent exclusion by %1 (15 "
                               "school days %2).")
                    .arg(ukDate(board.meetingDue.value), from.arg(ukDate(board.noticeDate))));
    }
    if (board.meetingHeld && !exclusion.boardDecisionNoticeSent.isValid()) {
        out.add(DeadlineKind::BoardDecisionNotice, {exclusion.boardMeetingDate, false}, Party::GoverningBoard, record,
                exclusion.id,
                QStringLiteral("Governing board met on %1: its decision must be sent to the parent without delay "
                               "(the IRP deadline runs from it).")
                    .arg(ukDate(exclusion.boardMeetingDate)));
    }
    const IrpTimeline irp = irpTimeline(exclusion, calendars);
    if (irp.applicationDeadline.value.isValid() && !exclusion.irpApplicationDate.isValid() &&
        out.onDate() <= irp.applicationDeadline.value) {
        out.add(DeadlineKind::IrpApplicationWindow, irp.applicationDeadline, Party::Parent, record, exclusion.id,
                QStringLiteral("Parent may apply for an independent review until %1 (notice of the board's decision "
                               "deemed given on %2).")
                    .arg(ukDate(irp.applicationDeadline.value), ukDate(irp.noticeDeemedGiven.value)));
    }
    if (irp.meetingDue.value.isValid() && !exclusion.irpMeetingDate.isValid()) {
        out.add(DeadlineKind::IrpMeeting, irp.meetingDue, Party::Irp, record, exclusion.id,
                QStringLiteral("Independent review panel must meet by %1 (15th school day after the application on "
                               "%2).")
                    .arg(ukDate(irp.meetingDue.value), ukDate(exclusion.irpApplicationDate)));
    }
    if (irp.reconsiderationDue.value.isValid() && !exclusion.reconsiderationDate.isValid()) {
        const QDate from = irp.reconsiderationFromMeetingDate ? exclusion.irpMeetingDate : exclusion.irpDecisionDate;
        out.add(DeadlineKind::Reconsideration, irp.reconsiderationDue, Party::GoverningBoard, record, exclusion.id,
                QStringLiteral("Governing board must reconsider the exclusion by %1 (within 10 school days of the "
                               "panel's decision on %2).")
                    .arg(ukDate(irp.reconsiderationDue.value), ukDate(from)));
    }
    const std::optional<SixthDayDuty> sixth = sixthDayDutyForExclusion(pupil, exclusion, calendars);
    if (sixth && !sixth->arrangedFrom.isValid() && exclusion.boardOutcome != BoardOutcome::Reinstated) {
        out.add(DeadlineKind::SixthDayProvision, sixth->from, Party::LocalAuthority, record, exclusion.id,
                QStringLiteral("LA must arrange full-time education from %1, the sixth school day of the permanent "
                               "exclusion (day 1: %2).")
                    .arg(ukDate(sixth->from.value), ukDate(sixth->runFirstDay)));
    }
}

void addLimitAlerts(Collector& out, const std::vector<SuspensionFacts>& suspensions, const CalendarSet& calendars,
                    int approachingWithinDays)
{
    const AcademicYear year = AcademicYear::containing(out.onDate());
    const YearLimitStatus status = yearLimitStatus(suspensions, year, calendars);
    if (status.breached) {
        out.add(DeadlineKind::Limit45Days, {status.breachedOn, status.estimated}, Party::LocalAuthority,
                RecordKind::Suspension, status.breachingSuspensionId,
                QStringLiteral("Suspended for %1 school days in %2: over the 45-day limit from %3. Escalate.")
                    .arg(days(status.days), year.label(), ukDate(status.breachedOn)));
        return;
    }
    if (status.days <= 0.0 || status.remaining > approachingWithinDays) {
        return;
    }
    // Date the alert by the latest suspended day in the year.
    SuspensionSession latest;
    qint64 latestId = 0;
    for (const SuspensionSpan& span : suspensionSpans(suspensions, calendars)) {
        for (const SuspensionSession& session : span.sessions) {
            if (year.contains(session.day) && (latest.day.isNull() || latest < session)) {
                latest = session;
                latestId = span.suspensionId;
            }
        }
    }
    out.add(DeadlineKind::Limit45DaysApproaching, {latest.day, status.estimated}, Party::LocalAuthority,
            RecordKind::Suspension, latestId,
            QStringLiteral("Suspended for %1 school days in %2: %3 left before the 45-day limit.")
                .arg(days(status.days), year.label(), days(status.remaining)));
}

} // namespace

std::vector<Deadline> openDeadlinesForPupil(const PupilFacts& pupil, const std::vector<SuspensionFacts>& suspensions,
                                            const std::vector<ExclusionFacts>& exclusions, const CalendarSet& calendars,
                                            QDate onDate, int limitApproachingWithinDays)
{
    Collector out(onDate);
    for (const SuspensionFacts& suspension : suspensions) {
        addNotifications(out, notificationsOwedForSuspension(pupil, suspension));
    }
    addSuspensionBoardMeetings(out, suspensions, calendars);
    addSuspensionSixthDay(out, pupil, suspensions, calendars);
    for (const ExclusionFacts& exclusion : exclusions) {
        addNotifications(out, notificationsOwedForExclusion(pupil, exclusion));
        addExclusion(out, pupil, exclusion, calendars);
    }
    addLimitAlerts(out, suspensions, calendars, limitApproachingWithinDays);
    return out.take();
}

} // namespace casebook
