#pragma once

#include "calendar/SchoolCalendar.h"

#include <QtGlobal>

#include <map>

namespace casebook {

// The LA calendar plus any school's own calendar (the LA calendar with that school's closures).
// Rules ask it for the calendar of the school a record belongs to; copies are cheap.
class CalendarSet
{
public:
    CalendarSet() = default;
    CalendarSet(SchoolCalendar laCalendar); // NOLINT(google-explicit-constructor): one calendar for all

    void setSchoolCalendar(qint64 schoolId, SchoolCalendar calendar);
    const SchoolCalendar& laCalendar() const { return m_la; }
    // The school's own calendar if one was set, else the LA calendar.
    const SchoolCalendar& forSchool(qint64 schoolId) const;

private:
    SchoolCalendar m_la;
    std::map<qint64, SchoolCalendar> m_schools;
};

} // namespace casebook
