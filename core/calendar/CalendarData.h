#pragma once

#include "calendar/AcademicYear.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// The rows a SchoolCalendar is built from: what the LA publishes (term dates, holidays, INSET days,
// bank holidays) plus a school's own closures. Repositories load these; the calendar computes.

// One term of one academic year: its first and last school days (inclusive). Holidays between terms
// need no rows: a date outside every term is not a school day.
struct TermDates
{
    AcademicYear year;
    Term term = Term::Autumn;
    QDate firstDay;
    QDate lastDay;
};

enum class NonSchoolKind
{
    HalfTerm,
    Holiday,
    Inset,       // staff training day: pupils not in school
    BankHoliday, // also not a working day (matters for "deemed notice")
    Closure,     // an unplanned or school-specific closure (snow, polling station, ...)
};

QString nonSchoolKindId(NonSchoolKind kind);   // "half_term", "holiday", "inset", "bank_holiday", "closure"
QString nonSchoolKindName(NonSchoolKind kind); // "Half term", "Holiday", "INSET day", "Bank holiday", "Closure"
std::optional<NonSchoolKind> nonSchoolKindFromId(const QString& id);

// Days on which pupils are not in school, `from` to `to` inclusive.
struct NonSchoolPeriod
{
    QDate from;
    QDate to;
    NonSchoolKind kind = NonSchoolKind::Closure;
    QString description;
};

// The day Year 11 sit their last public exam in an academic year (after it the sixth-day
// provision duty no longer applies to them).
struct Year11ExamsEnd
{
    AcademicYear year;
    QDate lastExamDay;
};

struct CalendarInput
{
    std::vector<TermDates> terms;
    std::vector<NonSchoolPeriod> nonSchoolPeriods;
    std::vector<Year11ExamsEnd> year11ExamsEnd;
};

} // namespace casebook
