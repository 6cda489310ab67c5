#pragma once

#include "calendar/CalendarSet.h"
#include "common/Result.h"

namespace casebook {

class Database;

// The LA calendar with every school's own closures, ready for the rules.
Result<CalendarSet> loadCalendarSet(Database& db);

} // namespace casebook
