#include "services/ExclusionStageDeadlines.h"

#include "calendar/UkDate.h"
#include "rules/BoardDuties.h"
#include "rules/GuidanceNumbers.h"
#include "rules/IrpDeadlines.h"
#include "rules/Notifications.h"
#include "rules/SixthDayProvision.h"
#include "services/ExclusionCheck.h"

#include <QStringList>

namespace casebook {

namespace {

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        suffix = last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    }
    return QString::number(n) + QLatin1String(suffix);
}

QString estimated(const EstimatedDate& due)
{
    return due.estimated ? QStringLiteral(" Estimated: term dates are not loaded for every day counted.") : QString();
}

// "Board must meet by X (...)." while open; "... : met on Y." once done, with "Late." when after the deadline.
QString dueOrDone(const QString& open, const QString& done, const EstimatedDate& due, QDate doneOn)
{
    if (!doneOn.isValid()) {
        return open.arg(ukDate(due.value)) + estimated(due);
    }
    QString text = done.arg(ukDate(due.value), ukDate(doneOn));
    if (doneOn > due.value) {
        text += QStringLiteral(" Late.");
    }
    return text + estimated(due);
}

QString englishList(const QStringList& items)
{
    if (items.size() <= 1) {
        return items.join(QString());
    }
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           items.back();
}

QString notificationsText(const PupilFacts& pupil, const ExclusionFacts& facts)
{
    QStringList parties;
    for (const NotificationOwed& owed : notificationsOwedForExclusion(pupil, facts)) {
        parties << notificationRecipientName(owed.recipient);
    }
    if (parties.isEmpty()) {
        return {};
    }
    return QStringLiteral("Without delay, the headteacher must notify the %1: not recorded yet.")
        .arg(englishList(parties));
}

QString boardText(const PermanentExclusion& x, const ExclusionFacts& facts, const CalendarSet& calendars)
{
    const ExclusionBoardDuty duty = boardDutyForExclusion(facts, calendars);
    if (duty.withdrawn || !duty.meetingDue.value.isValid()) {
        return {};
    }
    const QString from = duty.noticeDateAssumed
                             ? QStringLiteral("from the decision on %1: the date the board was notified is not "
                                              "recorded")
                                   .arg(ukDate(duty.noticeDate))
                             : QStringLiteral("from being notified on %1").arg(ukDate(duty.noticeDate));
    const QString rule = QStringLiteral("(%1 school days %2)").arg(guidance::kBoardMeetingWithinSchoolDays).arg(from);
    QString text = dueOrDone(QStringLiteral("Board must meet by %1 ") + rule + QLatin1Char('.'),
                             QStringLiteral("Board had to meet by %1 ") + rule + QStringLiteral(": it met on %2."),
                             duty.meetingDue, x.boardMeetingOn);
    if (x.wouldMissExam && !x.boardMeetingOn.isValid()) {
        text += QStringLiteral(" The pupil would miss a public exam: the board should meet before it.");
    }
    return text;
}

QString reviewPanelText(const PermanentExclusion& x, const ExclusionFacts& facts, const IrpTimeline& irp)
{
    if (facts.withdrawn || facts.boardOutcome == BoardOutcome::Reinstated) {
        return {};
    }
    QStringList lines;
    if (irp.applicationDeadline.value.isValid()) {
        const QString rule =
            QStringLiteral("(%1 school days from the notice of the board's decision, deemed given on %2)")
                .arg(guidance::kIrpApplicationWithinSchoolDays)
                .arg(ukDate(irp.noticeDeemedGiven.value));
        lines << dueOrDone(QStringLiteral("Parent may apply for a review by %1 ") + rule + QLatin1Char('.'),
                           QStringLiteral("Application was due by %1 ") + rule + QStringLiteral(": made on %2."),
                           irp.applicationDeadline, x.irpApplicationOn);
    }
    if (irp.meetingDue.value.isValid()) {
        const QString rule = QStringLiteral("(the %1 school day after the application on %2)")
                                 .arg(ordinal(guidance::kIrpMeetingBySchoolDay), ukDate(x.irpApplicationOn));
        lines << dueOrDone(QStringLiteral("Panel must meet by %1 ") + rule + QLatin1Char('.'),
                           QStringLiteral("Panel had to meet by %1 ") + rule + QStringLiteral(": it met on %2."),
                           irp.meetingDue, x.irpMeetingOn);
    }
    return lines.join(QLatin1Char('\n'));
}

QString reconsiderationText(const PermanentExclusion& x, const IrpTimeline& irp)
{
    if (!irp.reconsiderationDue.value.isValid()) {
        return {};
    }
    const QString from = irp.reconsiderationFromMeetingDate
                             ? QStringLiteral("from the panel's meeting on %1: the date of its decision is not "
                                              "recorded")
                                   .arg(ukDate(x.irpMeetingOn))
                             : QStringLiteral("from the panel's decision on %1").arg(ukDate(x.irpDecisionOn));
    const QString rule =
        QStringLiteral("(%1 school days %2)").arg(guidance::kReconsiderationWithinSchoolDays).arg(from);
    return dueOrDone(QStringLiteral("Board must reconsider by %1 ") + rule + QLatin1Char('.'),
                     QStringLiteral("Board had to reconsider by %1 ") + rule + QStringLiteral(": it did on %2."),
                     irp.reconsiderationDue, x.reconsiderationOn);
}

QString sixthDayText(const PermanentExclusion& x, const ExclusionFacts& facts, const PupilFacts& pupil,
                     const CalendarSet& calendars)
{
    if (!exclusionStands(x)) {
        return {};
    }
    const std::optional<SixthDayDuty> duty = sixthDayDutyForExclusion(pupil, facts, calendars);
    if (!duty) {
        return {};
    }
    const QString rule = QStringLiteral("(the %1 school day; day 1 is %2)")
                             .arg(ordinal(guidance::kSixthDayProvisionFromDay), ukDate(duty->runFirstDay));
    return dueOrDone(QStringLiteral("LA must provide full-time education from %1 ") + rule + QLatin1Char('.'),
                     QStringLiteral("LA had to provide full-time education from %1 ") + rule +
                         QStringLiteral(": arranged from %2."),
                     duty->from, x.laProvisionFrom);
}

} // namespace

ExclusionStageDeadlines exclusionStageDeadlines(const PermanentExclusion& x, const PupilFacts& pupil,
                                                const CalendarSet& calendars)
{
    ExclusionStageDeadlines out;
    if (!x.decisionDate.isValid()) {
        return out;
    }
    const ExclusionFacts facts = exclusionFacts(x);
    const IrpTimeline irp = irpTimeline(facts, calendars);
    out.notifications = notificationsText(pupil, facts);
    out.board = boardText(x, facts, calendars);
    out.reviewPanel = reviewPanelText(x, facts, irp);
    out.reconsideration = reconsiderationText(x, irp);
    out.sixthDay = sixthDayText(x, facts, pupil, calendars);
    return out;
}

} // namespace casebook
