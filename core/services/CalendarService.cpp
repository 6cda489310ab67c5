#include "services/CalendarService.h"

#include "repositories/CalendarRepository.h"

namespace casebook {

Result<CalendarSet> loadCalendarSet(Database& db)
{
    CalendarRepository repo(db);
    Result<SchoolCalendar> la = repo.laCalendar();
    if (!la) {
        return la.error();
    }
    auto closures = repo.loadSchoolClosures();
    if (!closures) {
        return closures.error();
    }
    CalendarSet set(la.value());
    for (const auto& [schoolId, periods] : closures.value()) {
        Result<SchoolCalendar> own = la->withClosures(periods);
        if (!own) {
            return own.error();
        }
        set.setSchoolCalendar(schoolId, own.value());
    }
    return set;
}

} // namespace casebook
