#include "services/CalendarService.h"

#include "repositories/CalendarRepository.h"

namespace casebook {

namespace {

Result<CalendarSet> load(Database& db, const std::set<qint64>* only)
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
        if (only != nullptr && only->count(schoolId) == 0) {
            continue;
        }
        Result<SchoolCalendar> own = la->withClosures(periods);
        if (!own) {
            return own.error();
        }
        set.setSchoolCalendar(schoolId, own.value());
    }
    return set;
}

} // namespace

Result<CalendarSet> loadCalendarSet(Database& db)
{
    return load(db, nullptr);
}

Result<CalendarSet> loadCalendarSet(Database& db, const std::set<qint64>& schools)
{
    return load(db, &schools);
}

} // namespace casebook
