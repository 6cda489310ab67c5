#include "calendar/CalendarSet.h"

#include <utility>

namespace casebook {

CalendarSet::CalendarSet(SchoolCalendar laCalendar) : m_la(std::move(laCalendar))
{}

void CalendarSet::setSchoolCalendar(qint64 schoolId, SchoolCalendar calendar)
{
    m_schools.insert_or_assign(schoolId, std::move(calendar));
}

const SchoolCalendar& CalendarSet::forSchool(qint64 schoolId) const
{
    const auto it = m_schools.find(schoolId);
    return it == m_schools.end() ? m_la : it->second;
}

} // namespace casebook
