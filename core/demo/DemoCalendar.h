#pragma once

#include "calendar/SchoolCalendar.h"
#include "common/Result.h"
#include "demo/DemoTermDates.h"

#include <QDate>

#include <vector>

namespace casebook::demo {

class DemoRandom;

// The demo LA's calendar over the generated years, for the generator: which days are school days
// (decided by SchoolCalendar from the same rows the file receives), each school's own closures, and
// how likely an incident is on each school day (fewer in September and July, almost none during the
// 2020 and 2021 lockdowns, when most pupils were at home).
class DemoCalendar
{
public:
    struct Year
    {
        DemoTermYear published;
        QDate firstDay;                       // the first school day (pupils in)
        QDate lastDay;                        // the last school day
        std::vector<qint64> days;             // Julian day numbers of every LA school day, ascending
        std::vector<double> cumulative;       // running total of the day weights
        std::vector<double> cumulativeNormal; // the same without the lockdowns
    };

    // A school's own closure day (an extra INSET day, snow, a polling station).
    struct Closure
    {
        int school = 0; // index into the generated schools
        NonSchoolPeriod period;
    };

    static Result<DemoCalendar> create(AcademicYear first, AcademicYear last);

    const CalendarInput& input() const { return m_input; }
    const SchoolCalendar& la() const { return m_la; }
    int yearCount() const { return static_cast<int>(m_years.size()); }
    const Year& year(int index) const { return m_years[static_cast<std::size_t>(index)]; }
    int yearIndexOf(QDate date) const; // -1 outside the generated years

    // Gives each school a few closures of its own, year by year.
    void makeClosures(int schoolCount, DemoRandom& random);
    const std::vector<Closure>& closures() const { return m_closures; }

    bool isSchoolDay(int school, QDate date) const;
    // `date` when it is a school day at the school, else the next one (null past the last generated year).
    QDate schoolDayOnOrAfter(int school, QDate date) const;
    // The n-th school day at the school after `from` (n >= 1; `from` itself not counted).
    QDate addSchoolDays(int school, QDate from, int n) const;
    // School days at the school from `from` to `to` inclusive.
    int schoolDaysIn(int school, QDate from, QDate to) const;
    QDate addWorkingDays(QDate from, int n) const;
    // The weight of the LA school days from `from` to `to` inclusive in year `yearIndex`, as a share of a
    // normal year's (`normal`: as if there had been no lockdowns).
    double weightShare(int yearIndex, QDate from, QDate to, bool normal) const;
    // The school day before `date` at the school (null before the first generated year).
    QDate previousSchoolDay(int school, QDate date) const;
    // A school day at the school from `from` to `to` inclusive, likelier on busier days; null when none.
    QDate randomSchoolDay(DemoRandom& random, int school, QDate from, QDate to) const;

private:
    bool closedAt(int school, qint64 julianDay) const;

    CalendarInput m_input;
    SchoolCalendar m_la;
    std::vector<Year> m_years;
    std::vector<qint64> m_allDays; // every LA school day of every year, ascending
    std::vector<Closure> m_closures;
    std::vector<std::vector<qint64>> m_closedDays; // per school, ascending Julian days
};

} // namespace casebook::demo
