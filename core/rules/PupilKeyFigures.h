#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarSet.h"
#include "rules/BoardDuties.h"
#include "rules/CaseFacts.h"
#include "rules/SuspensionLimits.h"

#include <QDate>

#include <vector>

namespace casebook {

// The figures at the top of a pupil's page, as on `onDate`.
struct PupilKeyFigures
{
    AcademicYear year;                 // the academic year containing onDate
    YearLimitStatus limit;             // days this academic year (all schools) against 45
    std::vector<TermTotal> termTotals; // this academic year, per school per term, with the board duty
    AcademicTerm currentTerm;          // the term onDate counts towards (LA calendar)
    bool currentTermEstimated = false;
    int suspensionsThisTerm = 0;         // suspensions (any school) starting in the current term
    double daysThisTerm = 0.0;           // suspension days in the current term, all schools
    int permanentExclusionsThisYear = 0; // decided this academic year, not withdrawn
};

PupilKeyFigures keyFiguresForPupil(const std::vector<SuspensionFacts>& suspensions,
                                   const std::vector<ExclusionFacts>& exclusions, const CalendarSet& calendars,
                                   QDate onDate);

} // namespace casebook
