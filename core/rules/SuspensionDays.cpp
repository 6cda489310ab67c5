#include "rules/SuspensionDays.h"

#include "rules/GuidanceNumbers.h"

namespace casebook {

double sessionsToDays(int sessions)
{
    return static_cast<double>(sessions) / guidance::kSessionsPerDay;
}

SuspensionSpan suspensionSpan(const SuspensionFacts& suspension, const SchoolCalendar& calendar)
{
    SuspensionSpan span;
    span.suspensionId = suspension.id;
    if (suspension.sessions <= 0 || !suspension.firstDay.isValid()) {
        return span;
    }
    const EstimatedDate start = calendar.schoolDayOnOrAfter(suspension.firstDay);
    span.startMoved = start.value != suspension.firstDay;
    span.estimated = start.estimated;

    QDate day = start.value;
    SessionPart part = suspension.lunchtime         ? SessionPart::Lunchtime
                       : suspension.startsAfternoon ? SessionPart::Afternoon
                                                    : SessionPart::Morning;
    for (int i = 0; i < suspension.sessions; ++i) {
        if (i > 0) {
            if (part == SessionPart::Morning) {
                part = SessionPart::Afternoon;
            } else {
                const EstimatedDate next = calendar.addSchoolDays(day, 1);
                day = next.value;
                span.estimated = span.estimated || next.estimated;
                part = suspension.lunchtime ? SessionPart::Lunchtime : SessionPart::Morning;
            }
        }
        if (suspension.cancelled && (!suspension.cancelledFrom.isValid() || day >= suspension.cancelledFrom)) {
            break;
        }
        span.sessions.push_back({day, part});
        if (span.schoolDays.empty() || span.schoolDays.back() != day) {
            span.schoolDays.push_back(day);
        }
    }
    if (!span.sessions.empty()) {
        span.firstDay = span.sessions.front().day;
        span.lastDay = span.sessions.back().day;
    }
    span.days = sessionsToDays(static_cast<int>(span.sessions.size()));
    return span;
}

std::vector<SuspensionSpan> suspensionSpans(const std::vector<SuspensionFacts>& suspensions,
                                            const CalendarSet& calendars)
{
    std::vector<SuspensionSpan> spans;
    spans.reserve(suspensions.size());
    for (const SuspensionFacts& suspension : suspensions) {
        spans.push_back(suspensionSpan(suspension, calendars.forSchool(suspension.schoolId)));
    }
    return spans;
}

} // namespace casebook
