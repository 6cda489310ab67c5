#include "services/SchoolDayCheck.h"

#include "calendar/UkDate.h"

#include <QLocale>

namespace casebook {

QString whyNotASchoolDay(QDate day, const SchoolCalendar& calendar)
{
    if (day.dayOfWeek() >= 6) {
        return QStringLiteral("%1 is a %2, not a school day.")
            .arg(ukDate(day), QLocale(QLocale::English).dayName(day.dayOfWeek()));
    }
    const std::vector<NonSchoolPeriod> periods = calendar.nonSchoolPeriodsOn(day);
    if (!periods.empty()) {
        const NonSchoolPeriod& p = periods.front();
        const QString what = p.description.isEmpty() ? nonSchoolKindName(p.kind) : p.description;
        return QStringLiteral("%1 is not a school day at this school (%2).").arg(ukDate(day), what);
    }
    return QStringLiteral("%1 is not a school day at this school (outside term).").arg(ukDate(day));
}

} // namespace casebook
