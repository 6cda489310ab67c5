#pragma once

#include "calendar/CalendarSet.h"
#include "common/Result.h"

#include <set>

namespace casebook {

class Database;

// The LA calendar with every school's own closures, ready for the rules.
Result<CalendarSet> loadCalendarSet(Database& db);
// The same, but with school calendars built only for `schools` (others fall back to the LA calendar): one pupil's
// page needs the handful of schools the pupil attended, not every school in the area.
Result<CalendarSet> loadCalendarSet(Database& db, const std::set<qint64>& schools);

} // namespace casebook
