#pragma once

#include "calendar/SchoolCalendar.h"

#include <QDate>
#include <QString>

namespace casebook {

// Why `day` is not a school day in `calendar`, naming the weekday, holiday or closure for the officer:
// "12/10/2024 is a Saturday, not a school day." Call it for a day the calendar says is not a school day.
QString whyNotASchoolDay(QDate day, const SchoolCalendar& calendar);

} // namespace casebook
