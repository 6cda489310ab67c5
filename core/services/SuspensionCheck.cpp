#include "services/SuspensionCheck.h"

#include "calendar/UkDate.h"
#include "rules/GuidanceNumbers.h"
#include "rules/ReasonCodes.h"
#include "rules/SuspensionDays.h"
#include "rules/SuspensionLimits.h"
#include "services/SchoolDayCheck.h"

#include <algorithm>

namespace casebook {

SuspensionFacts suspensionFacts(const Suspension& s)
{
    SuspensionFacts f;
    f.id = s.id;
    f.schoolId = s.schoolId;
    f.decisionDate = s.decisionDate;
    f.firstDay = s.firstDay;
    f.sessions = s.sessions;
    f.startsAfternoon = s.startsAfternoon;
    f.lunchtime = s.lunchtime;
    f.cancelledFrom = s.cancelledOn;
    f.cancelled = s.cancelledOn.isValid();
    f.notified = {s.parentNotifiedOn, s.governorsNotifiedOn, s.laNotifiedOn, s.socialWorkerNotifiedOn,
                  s.virtualSchoolNotifiedOn};
    f.boardReviewRequested = s.boardReviewRequestedOn;
    f.boardMeetingDate = s.boardReviewOn;
    f.sixthDayProvisionFrom = s.sixthDayProvisionFrom;
    return f;
}

namespace {

void addError(std::vector<FieldIssue>& issues, const char* field, const QString& message)
{
    issues.push_back({QLatin1String(field), message});
}

// The later stages must follow the suspension in the order the schema requires.
void checkLaterDates(const Suspension& s, std::vector<FieldIssue>& issues)
{
    if (s.reintegrationMeetingOn.isValid() && s.reintegrationMeetingOn < s.firstDay) {
        addError(issues, "reintegrationMeeting",
                 QStringLiteral("The reintegration meeting (%1) cannot come before the first day (%2).")
                     .arg(ukDate(s.reintegrationMeetingOn), ukDate(s.firstDay)));
    }
    if (s.sixthDayProvisionFrom.isValid() && s.sixthDayProvisionFrom < s.firstDay) {
        addError(issues, "sixthDayProvisionFrom",
                 QStringLiteral("Sixth-day provision (from %1) cannot start before the first day (%2).")
                     .arg(ukDate(s.sixthDayProvisionFrom), ukDate(s.firstDay)));
    }
    if (s.boardReviewOn.isValid() && s.boardReviewRequestedOn.isValid() && s.boardReviewOn < s.boardReviewRequestedOn) {
        addError(issues, "boardReview",
                 QStringLiteral("The board review (%1) cannot come before it was requested (%2).")
                     .arg(ukDate(s.boardReviewOn), ukDate(s.boardReviewRequestedOn)));
    }
    if (s.cancelledOn.isValid() && s.decisionDate.isValid() && s.cancelledOn < s.decisionDate) {
        addError(issues, "cancelledOn",
                 QStringLiteral("The suspension cannot be cancelled (%1) before it was decided (%2).")
                     .arg(ukDate(s.cancelledOn), ukDate(s.decisionDate)));
    }
}

// A suspension cancelled before it began counts no days and is not a "previous suspension".
bool countsAnyDay(const SuspensionFacts& s)
{
    return !s.cancelled || (s.cancelledFrom.isValid() && s.cancelledFrom > s.firstDay);
}

// Suspended again in the same academic year (any school) with no PSP in place on the first day.
void checkPastoralSupport(const Suspension& candidate, const std::vector<SuspensionFacts>& others,
                          const std::vector<DateSpan>& psps, std::vector<FieldIssue>& issues)
{
    const AcademicYear year = AcademicYear::containing(candidate.firstDay);
    const SuspensionFacts* latestEarlier = nullptr;
    for (const SuspensionFacts& other : others) {
        if (other.id == candidate.id || !countsAnyDay(other) || !year.contains(other.firstDay) ||
            other.firstDay >= candidate.firstDay) {
            continue;
        }
        if (latestEarlier == nullptr || latestEarlier->firstDay < other.firstDay) {
            latestEarlier = &other;
        }
    }
    if (latestEarlier == nullptr) {
        return;
    }
    const bool inPlace =
        std::any_of(psps.begin(), psps.end(), [&](const DateSpan& psp) { return psp.contains(candidate.firstDay); });
    if (!inPlace) {
        issues.push_back({QStringLiteral("psp"),
                          QStringLiteral("Suspended again without a PSP: the pupil was already suspended on %1 in %2 "
                                         "and no pastoral support plan was in place on %3. Record it anyway?")
                              .arg(ukDate(latestEarlier->firstDay), year.label(), ukDate(candidate.firstDay)),
                          FieldIssue::Severity::Warning});
    }
}

} // namespace

std::vector<FieldIssue> checkSuspension(const Suspension& candidate, const std::vector<SuspensionFacts>& others,
                                        const std::vector<DateSpan>& psps, const CalendarSet& calendars)
{
    std::vector<FieldIssue> issues;
    if (candidate.schoolId <= 0) {
        issues.push_back({QStringLiteral("school"), QStringLiteral("Choose the school that suspended the pupil.")});
    }
    const SchoolCalendar& calendar = calendars.forSchool(candidate.schoolId);
    if (!candidate.firstDay.isValid()) {
        issues.push_back({QStringLiteral("firstDay"), QStringLiteral("Enter the first day of the suspension.")});
        return issues;
    }
    if (!calendar.isSchoolDay(candidate.firstDay)) {
        issues.push_back({QStringLiteral("firstDay"), whyNotASchoolDay(candidate.firstDay, calendar)});
    }
    if (candidate.sessions < 1) {
        issues.push_back({QStringLiteral("sessions"), QStringLiteral("A suspension lasts at least half a day.")});
    }
    if (candidate.decisionDate.isValid() && candidate.decisionDate > candidate.firstDay) {
        issues.push_back(
            {QStringLiteral("decisionDate"), QStringLiteral("The decision (%1) cannot come after the first day (%2).")
                                                 .arg(ukDate(candidate.decisionDate), ukDate(candidate.firstDay))});
    }
    if (Status reasons = validateReasonCodes(candidate.reasonCodes, candidate.firstDay, builtInReasonCodes());
        !reasons) {
        issues.push_back({QStringLiteral("reasons"), reasons.error().message});
    }
    checkLaterDates(candidate, issues);
    if (!issues.empty()) {
        return issues;
    }

    // The candidate's own stored version (editing) is neither an overlap nor counted twice.
    std::vector<SuspensionFacts> rest;
    std::copy_if(others.begin(), others.end(), std::back_inserter(rest),
                 [&](const SuspensionFacts& other) { return candidate.id == 0 || other.id != candidate.id; });

    const SuspensionFacts facts = suspensionFacts(candidate);
    const SuspensionSpan mine = suspensionSpan(facts, calendar);
    for (const SuspensionFacts& other : rest) {
        if (other.cancelled) {
            continue;
        }
        const SuspensionSpan theirs = suspensionSpan(other, calendars.forSchool(other.schoolId));
        for (const SuspensionSession& session : mine.sessions) {
            const bool clash =
                std::any_of(theirs.sessions.begin(), theirs.sessions.end(),
                            [&](const SuspensionSession& t) { return t.day == session.day && t.part == session.part; });
            if (clash) {
                issues.push_back({QStringLiteral("firstDay"),
                                  QStringLiteral("This overlaps the suspension from %1 to %2 already recorded.")
                                      .arg(ukDate(theirs.firstDay), ukDate(theirs.lastDay))});
                return issues;
            }
        }
    }

    std::vector<SuspensionFacts> all = rest;
    all.push_back(facts);
    const YearLimitStatus limit = yearLimitStatus(all, AcademicYear::containing(candidate.firstDay), calendars);
    if (limit.breached) {
        issues.push_back({QStringLiteral("sessions"),
                          QStringLiteral("This takes the pupil to %1 suspension days in %2, over the %3-day limit. "
                                         "Record it anyway and escalate?")
                              .arg(limit.days)
                              .arg(limit.year.label())
                              .arg(guidance::kMaxSuspensionDaysPerYear),
                          FieldIssue::Severity::Warning});
    }
    checkPastoralSupport(candidate, rest, psps, issues);
    return issues;
}

} // namespace casebook
