#pragma once

#include "calendar/CalendarSet.h"
#include "calendar/Estimated.h"
#include "calendar/SchoolCalendar.h"
#include "rules/CaseFacts.h"

#include <QDate>

#include <optional>
#include <vector>

namespace casebook {

// Full-time education owed from the sixth school day of exclusion.
struct SixthDayDuty
{
    qint64 recordId = 0;             // the suspension the sixth day falls in, or the exclusion
    bool permanentExclusion = false; // true: the LA owes it; false: the school does
    qint64 schoolId = 0;
    EstimatedDate from;                // the sixth school day
    QDate runFirstDay;                 // suspensions: the run of consecutive suspensions; exclusion: day 1
    QDate runLastDay;                  // suspensions only
    double runDays = 0.0;              // suspensions only
    std::vector<qint64> suspensionIds; // suspensions in the run
    bool startAssumed = false;         // exclusion with no effective date: decision date used as day 1
    QDate arrangedFrom;                // provision recorded as arranged (null: not recorded)
};

// True when the duty does not apply to this pupil on `day`: a Year 11 pupil after the Year 11 exams
// end date loaded for that academic year, or a pupil in NC Year 12 or above (beyond compulsory
// school age). False when the date of birth is unknown.
bool sixthDayDutyExempt(const PupilFacts& pupil, QDate day, const SchoolCalendar& calendar);

// Suspensions: consecutive suspensions at the same school (the next starts in the session straight
// after the previous one ends, or overlaps it) form a run; a run of more than five school days
// means the school owes full-time provision from the run's sixth school day. Lunchtime suspensions
// are left out (the pupil is in school for lessons) and so break nothing. Suspensions at different
// schools are never joined: each school's duty is counted in its own calendar.
std::vector<SixthDayDuty> sixthDayDutiesForSuspensions(const PupilFacts& pupil,
                                                       const std::vector<SuspensionFacts>& suspensions,
                                                       const CalendarSet& calendars);

// A permanent exclusion: the LA owes provision from the sixth school day, counting the effective
// date (or, if that is not a school day, the next school day) as day 1. Nothing for a withdrawn
// exclusion or an exempt pupil.
std::optional<SixthDayDuty> sixthDayDutyForExclusion(const PupilFacts& pupil, const ExclusionFacts& exclusion,
                                                     const CalendarSet& calendars);

} // namespace casebook
