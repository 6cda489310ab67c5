#include "services/ExclusionCheck.h"

#include "calendar/UkDate.h"
#include "rules/ReasonCodes.h"
#include "services/SchoolDayCheck.h"

namespace casebook {

namespace {

const QString kReinstated = QStringLiteral("reinstated");
const QString kUpheld = QStringLiteral("upheld");

void addError(std::vector<FieldIssue>& issues, const char* field, const QString& message)
{
    issues.push_back({QLatin1String(field), message});
}

// `later` must not come before `earlier` when both are recorded.
bool outOfOrder(QDate later, QDate earlier)
{
    return later.isValid() && earlier.isValid() && later < earlier;
}

void checkDecision(const PermanentExclusion& x, const CalendarSet& calendars, std::vector<FieldIssue>& issues)
{
    if (x.schoolId <= 0) {
        addError(issues, "school", QStringLiteral("Choose the school that excluded the pupil."));
    }
    const SchoolCalendar& calendar = calendars.forSchool(x.schoolId);
    if (!x.effectiveDate.isValid()) {
        addError(issues, "effectiveDate", QStringLiteral("Enter the first day the pupil is excluded."));
    } else if (!calendar.isSchoolDay(x.effectiveDate)) {
        addError(issues, "effectiveDate", whyNotASchoolDay(x.effectiveDate, calendar));
    }
    if (outOfOrder(x.effectiveDate, x.decisionDate)) {
        addError(issues, "decisionDate",
                 QStringLiteral("The decision (%1) cannot come after the first day excluded (%2).")
                     .arg(ukDate(x.decisionDate), ukDate(x.effectiveDate)));
    }
    if (Status reasons = validateReasonCodes(x.reasonCodes, x.decisionDate, builtInReasonCodes()); !reasons) {
        issues.push_back({QStringLiteral("reasons"), reasons.error().message});
    }
}

void checkBoard(const PermanentExclusion& x, std::vector<FieldIssue>& issues)
{
    if (outOfOrder(x.boardMeetingOn, x.decisionDate)) {
        addError(issues, "boardMeeting",
                 QStringLiteral("The board cannot meet (%1) before the decision to exclude (%2).")
                     .arg(ukDate(x.boardMeetingOn), ukDate(x.decisionDate)));
    }
    if (outOfOrder(x.boardDecisionNoticeSentOn, x.boardMeetingOn)) {
        addError(issues, "boardNotice",
                 QStringLiteral("The board's decision notice cannot be sent (%1) before the board met (%2).")
                     .arg(ukDate(x.boardDecisionNoticeSentOn), ukDate(x.boardMeetingOn)));
    }
}

void checkReviewPanel(const PermanentExclusion& x, std::vector<FieldIssue>& issues)
{
    const bool anyPanelStage = x.irpApplicationOn.isValid() || x.irpMeetingOn.isValid() || !x.irpOutcome.isEmpty() ||
                               x.irpDecisionOn.isValid();
    if (anyPanelStage && x.boardOutcome == kReinstated) {
        addError(issues, "irpApplication",
                 QStringLiteral("The board reinstated the pupil, so there is no independent review: clear the "
                                "review panel's dates and outcome, or correct the board's outcome."));
    }
    if (outOfOrder(x.irpApplicationOn, x.decisionDate)) {
        addError(issues, "irpApplication",
                 QStringLiteral("The application for a review (%1) cannot come before the decision to exclude (%2).")
                     .arg(ukDate(x.irpApplicationOn), ukDate(x.decisionDate)));
    } else if (outOfOrder(x.irpApplicationOn, x.boardDecisionNoticeSentOn)) {
        addError(issues, "irpApplication",
                 QStringLiteral("The application for a review (%1) cannot come before the board's decision notice "
                                "was sent (%2).")
                     .arg(ukDate(x.irpApplicationOn), ukDate(x.boardDecisionNoticeSentOn)));
    }
    if (outOfOrder(x.irpMeetingOn, x.irpApplicationOn)) {
        addError(issues, "irpMeeting",
                 QStringLiteral("The panel cannot meet (%1) before the application for a review (%2).")
                     .arg(ukDate(x.irpMeetingOn), ukDate(x.irpApplicationOn)));
    }
    if (outOfOrder(x.irpDecisionOn, x.irpMeetingOn)) {
        addError(issues, "irpDecision",
                 QStringLiteral("The panel's decision (%1) cannot come before the panel met (%2).")
                     .arg(ukDate(x.irpDecisionOn), ukDate(x.irpMeetingOn)));
    }
}

void checkAfterwards(const PermanentExclusion& x, std::vector<FieldIssue>& issues)
{
    const bool anyReconsideration = x.reconsiderationOn.isValid() || !x.reconsiderationOutcome.isEmpty();
    if (anyReconsideration && x.irpOutcome == kUpheld) {
        addError(issues, "reconsideration",
                 QStringLiteral("The panel upheld the exclusion, so the board has nothing to reconsider: clear the "
                                "reconsideration or correct the panel's outcome."));
    } else if (anyReconsideration && x.irpOutcome.isEmpty()) {
        addError(issues, "reconsideration",
                 QStringLiteral("A reconsideration follows a review panel's recommendation or direction to "
                                "reconsider: record the panel's outcome first."));
    }
    if (outOfOrder(x.reconsiderationOn, x.irpDecisionOn)) {
        addError(issues, "reconsideration",
                 QStringLiteral("The board cannot reconsider (%1) before the panel's decision (%2).")
                     .arg(ukDate(x.reconsiderationOn), ukDate(x.irpDecisionOn)));
    }
    if (outOfOrder(x.laProvisionFrom, x.decisionDate)) {
        addError(issues, "laProvisionFrom",
                 QStringLiteral("LA provision cannot start (%1) before the decision to exclude (%2).")
                     .arg(ukDate(x.laProvisionFrom), ukDate(x.decisionDate)));
    }
    if (outOfOrder(x.withdrawnOn, x.decisionDate)) {
        addError(issues, "withdrawnOn",
                 QStringLiteral("The exclusion cannot be withdrawn (%1) before it was decided (%2).")
                     .arg(ukDate(x.withdrawnOn), ukDate(x.decisionDate)));
    }
}

} // namespace

ExclusionFacts exclusionFacts(const PermanentExclusion& x)
{
    ExclusionFacts f;
    f.id = x.id;
    f.schoolId = x.schoolId;
    f.decisionDate = x.decisionDate;
    f.effectiveDate = x.effectiveDate;
    f.notified = {x.parentNotifiedOn, x.governorsNotifiedOn, x.laNotifiedOn, x.socialWorkerNotifiedOn,
                  x.virtualSchoolNotifiedOn};
    f.boardMeetingDate = x.boardMeetingOn;
    f.boardOutcome = boardOutcomeFromId(x.boardOutcome).value_or(BoardOutcome::None);
    f.boardDecisionNoticeSent = x.boardDecisionNoticeSentOn;
    f.irpApplicationDate = x.irpApplicationOn;
    f.irpMeetingDate = x.irpMeetingOn;
    f.irpOutcome = irpOutcomeFromId(x.irpOutcome).value_or(IrpOutcome::None);
    f.irpDecisionDate = x.irpDecisionOn;
    f.reconsiderationDate = x.reconsiderationOn;
    f.laProvisionFrom = x.laProvisionFrom;
    f.withdrawn = x.withdrawnOn.isValid();
    return f;
}

bool exclusionStands(const PermanentExclusion& x)
{
    return !x.withdrawnOn.isValid() && x.boardOutcome != kReinstated && x.reconsiderationOutcome != kReinstated;
}

std::vector<FieldIssue> checkExclusion(const PermanentExclusion& candidate,
                                       const std::vector<PermanentExclusion>& others, const CalendarSet& calendars)
{
    std::vector<FieldIssue> issues;
    if (!candidate.decisionDate.isValid()) {
        addError(issues, "decisionDate", QStringLiteral("Enter the date of the headteacher's decision."));
        return issues;
    }
    checkDecision(candidate, calendars, issues);
    checkBoard(candidate, issues);
    checkReviewPanel(candidate, issues);
    checkAfterwards(candidate, issues);
    for (const PermanentExclusion& other : others) {
        // Only an exclusion decided by then is "already" there: editing the earlier of two is not recording another.
        if ((candidate.id != 0 && other.id == candidate.id) || !exclusionStands(other) ||
            other.decisionDate > candidate.decisionDate) {
            continue;
        }
        issues.push_back({QStringLiteral("previousExclusion"),
                          QStringLiteral("This pupil already has a permanent exclusion decided on %1 that was neither "
                                         "withdrawn nor overturned. Record another one anyway?")
                              .arg(ukDate(other.decisionDate)),
                          FieldIssue::Severity::Warning});
        break;
    }
    return issues;
}

} // namespace casebook
