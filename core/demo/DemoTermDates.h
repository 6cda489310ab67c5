#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarData.h"

#include <QDate>

#include <array>
#include <vector>

namespace casebook::demo {

// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
QDate easterSunday(int year);

// Bank holidays in England and Wales in one calendar year, one period per day, with substitute days
// for weekends and the one-off days (jubilees, the 2022 state funeral, the 2023 coronation).
std::vector<NonSchoolPeriod> englandBankHolidays(int year);

// The fictional LA's published calendar for one academic year, on the usual English pattern:
// autumn from the first Tuesday of September (an INSET day) to the last Friday before 23 December with
// a half term in the last full week of October; spring from the first weekday after 3 January (an INSET
// day) to Easter with a half term in mid-February; summer from after Easter to about 22 July with a half
// term in the week of the late-May bank holiday. The Easter holiday moves with Easter. Schools are open for
// at most 195 days: the LA sets two INSET days and each school the rest (DemoCalendar::makeClosures), so
// pupils have 190.
struct DemoTermYear
{
    AcademicYear year;
    std::array<TermDates, 3> terms;
    std::vector<NonSchoolPeriod> periods; // half terms, holidays, INSET days and bank holidays in the year
    QDate year11ExamsEnd;                 // the last GCSE, in late June
    QDate censusDay;                      // the spring census: the third Thursday of January
    QDate keyStage2TestsWeek;             // Monday of the week of the Year 6 national curriculum tests
};

DemoTermYear demoTermYear(AcademicYear year);

} // namespace casebook::demo
