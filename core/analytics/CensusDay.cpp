#include "analytics/CensusDay.h"

#include "calendar/AcademicYear.h"

namespace casebook {

QDate januaryCensusDay(const QString& academicYear)
{
    const auto year = AcademicYear::fromLabel(academicYear);
    if (!year) {
        return {};
    }
    QDate day(year.value().startYear() + 1, 1, 1);
    while (day.dayOfWeek() != Qt::Thursday) {
        day = day.addDays(1);
    }
    constexpr int kWeeksAfterFirstThursday = 2; // the third Thursday
    return day.addDays(7 * kWeeksAfterFirstThursday);
}

} // namespace casebook
