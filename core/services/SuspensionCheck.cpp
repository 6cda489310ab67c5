#include "services/SuspensionCheck.h"

#include "calendar/UkDate.h"
#include "rules/GuidanceNumbers.h"
#include "rules/ReasonCodes.h"
#include "rules/SuspensionDays.h"
#include "rules/SuspensionLimits.h"

#include <QLocale>

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

QString whyNotASchoolDay(QDate day, const SchoolCalendar& calendar)
{
    if (day.dayOfWeek() >= 6) {
        return QStringLiteral("%1 is a %2, not a school day.")
            .arg(ukDate(day), QLocale(QLocale::English).dayName(day.dayOfWeek()));
    }
    const std::vector<NonSchoolPeriod> periods = calendar.nonSchoolPeriodsOn(day);
    if (!periods.empty()) {
        const NonSchoolPeriod& p = periods.front();
        const QString what = p.description.isEmpty() ? nonSchoolKindName(p.kind) : p.description;
        return QStringLiteral("%1 is not a school day at this school (%2).").arg(ukDate(day), what);
    }
    return QStringLiteral("%1 is not a school day at this school (outside term).").arg(ukDate(day));
}

} // namespace

std::vector<FieldIssue> checkSuspension(const Suspension& candidate, const std::vector<SuspensionFacts>& others,
                                        const CalendarSet& calendars)
{
    std::vector<FieldIssue> issues;
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
    if (!issues.empty()) {
        return issues;
    }

    const SuspensionFacts facts = suspensionFacts(candidate);
    const SuspensionSpan mine = suspensionSpan(facts, calendar);
    for (const SuspensionFacts& other : others) {
        if (other.id == candidate.id || other.cancelled) {
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

    std::vector<SuspensionFacts> all = others;
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
    return issues;
}

} // namespace casebook
