#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarSet.h"
#include "rules/CaseFacts.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <map>
#include <utility>
#include <vector>

namespace casebook {

// A pupil's time on a school's roll (voided enrolments left out by the caller).
struct EnrolmentSpan
{
    qint64 schoolId = 0;
    QDate start;
    QDate end; // null: still on roll
};

// One academic year of a pupil's history, for the panel's "key figures per year".
struct YearFigures
{
    AcademicYear year;
    // Suspensions whose first counted day falls in the year (a suspension cancelled before it began counts
    // nothing, as in the 45-day rule and the pupil's key figures).
    int suspensions = 0;
    double suspensionDays = 0.0; // sessions in the year / 2, all schools (lunchtimes half a day)
    bool daysEstimated = false;  // some of those days rest on guessed term dates
    // DfE reason codes of those suspensions with how often each was given, most frequent first, then by code.
    std::vector<std::pair<QString, int>> reasons;
    int permanentExclusions = 0;   // decided in the year, not withdrawn
    std::vector<qint64> schoolIds; // on roll at some point in the year, or suspended/excluded from it; ascending
};

// Figures for every academic year with a suspension, a permanent exclusion or an enrolment, oldest first.
// `reasonCodes` maps a suspension id to its reason codes. An enrolment still open runs to `asOf`.
std::vector<YearFigures> yearlyFigures(const std::vector<SuspensionFacts>& suspensions,
                                       const std::map<qint64, QStringList>& reasonCodes,
                                       const std::vector<ExclusionFacts>& exclusions,
                                       const std::vector<EnrolmentSpan>& enrolments, const CalendarSet& calendars,
                                       QDate asOf);

} // namespace casebook
