#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarSet.h"
#include "calendar/Estimated.h"
#include "rules/CaseFacts.h"

#include <QDate>

#include <vector>

namespace casebook {

// Days a pupil was suspended in one academic year, across every school: pass all the pupil's
// suspensions. Lunchtimes count half a day; cancelled suspensions count only the days served.
Estimated<double> suspensionDaysInAcademicYear(const std::vector<SuspensionFacts>& suspensions, AcademicYear year,
                                               const CalendarSet& calendars);

// The 45-day limit for one academic year. A breach is reported, never refused.
struct YearLimitStatus
{
    AcademicYear year;
    double days = 0.0;
    int limit = 0;          // guidance::kMaxSuspensionDaysPerYear
    bool breached = false;  // days > limit
    double remaining = 0.0; // limit - days, never below 0
    bool estimated = false;
    qint64 breachingSuspensionId = 0; // the suspension that took the total over the limit
    QDate breachedOn;                 // the first suspended day beyond the limit
};

YearLimitStatus yearLimitStatus(const std::vector<SuspensionFacts>& suspensions, AcademicYear year,
                                const CalendarSet& calendars);

} // namespace casebook
