#pragma once

#include "calendar/CalendarData.h"
#include "calendar/SchoolCalendar.h"
#include "common/Result.h"

#include <QVector>

#include <map>
#include <vector>

namespace casebook {

class Database;

// Term dates, non-school days (LA-wide and per school) and Year 11 exam end dates.
class CalendarRepository
{
public:
    // A school's own closure, keyed by the school's id.
    struct SchoolClosure
    {
        qint64 schoolId = 0;
        NonSchoolPeriod period;
    };

    explicit CalendarRepository(Database& db) : m_db(db) {}

    // Everything the LA publishes (terms, LA-wide non-school days, exam end dates).
    Result<CalendarInput> loadLaInput();
    // Every school's own closures, by school id.
    Result<std::map<qint64, std::vector<NonSchoolPeriod>>> loadSchoolClosures();

    // The LA calendar, built and checked.
    Result<SchoolCalendar> laCalendar();

    // Replaces, in one transaction, the calendar of the given academic years (terms, LA-wide and school
    // non-school days that start in those years, exam end dates) with `input` and `closures`.
    Status replaceYears(const QVector<AcademicYear>& years, const CalendarInput& input,
                        const std::vector<SchoolClosure>& closures);

private:
    Database& m_db;
};

} // namespace casebook
