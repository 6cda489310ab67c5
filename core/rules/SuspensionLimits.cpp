#include "rules/SuspensionLimits.h"

#include "rules/GuidanceNumbers.h"
#include "rules/SuspensionDays.h"

#include <algorithm>

namespace casebook {

namespace {

struct DatedSession
{
    SuspensionSession session;
    qint64 suspensionId = 0;
};

} // namespace

Estimated<double> suspensionDaysInAcademicYear(const std::vector<SuspensionFacts>& suspensions, AcademicYear year,
                                               const CalendarSet& calendars)
{
    const YearLimitStatus status = yearLimitStatus(suspensions, year, calendars);
    return {status.days, status.estimated};
}

YearLimitStatus yearLimitStatus(const std::vector<SuspensionFacts>& suspensions, AcademicYear year,
                                const CalendarSet& calendars)
{
    YearLimitStatus status;
    status.year = year;
    status.limit = guidance::kMaxSuspensionDaysPerYear;

    std::vector<DatedSession> sessions;
    for (const SuspensionSpan& span : suspensionSpans(suspensions, calendars)) {
        bool inYear = false;
        for (const SuspensionSession& session : span.sessions) {
            if (year.contains(session.day)) {
                sessions.push_back({session, span.suspensionId});
                inYear = true;
            }
        }
        status.estimated = status.estimated || (inYear && span.estimated);
    }
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const DatedSession& a, const DatedSession& b) { return a.session < b.session; });

    // The session after the last one allowed is where the breach happened.
    const auto limitSessions = static_cast<std::size_t>(status.limit) * guidance::kSessionsPerDay;
    if (sessions.size() > limitSessions) {
        status.breached = true;
        status.breachingSuspensionId = sessions[limitSessions].suspensionId;
        status.breachedOn = sessions[limitSessions].session.day;
    }
    status.days = sessionsToDays(static_cast<int>(sessions.size()));
    status.remaining = std::max(0.0, status.limit - status.days);
    return status;
}

} // namespace casebook
