#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarData.h"
#include "calendar/Estimated.h"
#include "common/Result.h"

#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace casebook {

// School days, working days and terms, computed from the LA's published term dates (and, for a
// school's own calendar, its extra closures). An immutable value type: copies share the data.
//
// Day conventions:
// - School day: inside a loaded term, Monday to Friday, not in any non-school period (half term,
//   INSET, bank holiday, closure).
// - Working day: Monday to Friday and not a bank holiday (known bank holidays only).
// - Counting: "n school days after X" never counts X itself; addSchoolDays(X, 0) is X.
//
// Missing term dates: a date is *covered* when the loaded term rows settle whether it is a school
// day (inside a loaded term; before a loaded autumn term; between two loaded terms; after a loaded
// summer term). For a date that is not covered the calendar estimates: Monday to Friday, minus known
// bank holidays and closures, is a school day. Every computation that had to classify an uncovered
// date reports `estimated = true` (see Estimated.h); isSchoolDay() itself stays a plain, fast bool.
class SchoolCalendar
{
public:
    SchoolCalendar(); // no term dates at all: every school day is estimated

    // Checks the rows (dates valid, first <= last, terms inside their academic year, no duplicate
    // or overlapping terms) and builds the day table.
    static Result<SchoolCalendar> create(CalendarInput input);

    // A school's calendar: this calendar plus its own closures (or extra INSET days).
    Result<SchoolCalendar> withClosures(const std::vector<NonSchoolPeriod>& closures) const;

    const CalendarInput& input() const;

    // --- Single days (O(1)) ---
    bool isSchoolDay(QDate date) const;
    bool isWorkingDay(QDate date) const;
    bool isBankHoliday(QDate date) const;
    bool covers(QDate date) const;             // term dates settle this date (not estimated)
    bool coversBankHolidays(QDate date) const; // bank holidays are loaded for the date's calendar year
    std::vector<NonSchoolPeriod> nonSchoolPeriodsOn(QDate date) const; // why a day is not a school day

    // --- Counting ---
    // The n-th school day after `from` (from itself not counted); n = 0 returns `from`; negative n
    // counts backwards. A null `from` gives a null date.
    EstimatedDate addSchoolDays(QDate from, int n) const;
    // `date` if it is a school day, else the next school day.
    EstimatedDate schoolDayOnOrAfter(QDate date) const;
    // The n-th working day after `from` (from itself not counted). Estimated when bank holidays for a
    // calendar year walked through are not loaded.
    EstimatedDate addWorkingDays(QDate from, int n) const;
    // The number of school days d with from < d <= to (0 when to <= from). So the school days of a
    // period that starts on school day S and ends on E are schoolDaysBetween(S, E) + 1.
    Estimated<int> schoolDaysBetween(QDate from, QDate to) const;

    // --- Terms ---
    // The loaded term whose first..last day includes the date; nullopt in holidays between terms and
    // wherever term dates are not loaded.
    std::optional<AcademicTerm> termOf(QDate date) const;
    // The term a date counts towards in termly totals and "this term" figures: termOf() when inside
    // a term; in a covered holiday, the last term of that academic year to have started (autumn
    // before the autumn term starts); where term dates are missing, estimated from the month
    // (September to December autumn, January to March spring, April to August summer).
    Estimated<AcademicTerm> termForCounting(QDate date) const;
    std::optional<TermDates> termDates(const AcademicTerm& term) const;
    std::optional<QDate> year11ExamsEnd(AcademicYear year) const;

private:
    struct Data;
    explicit SchoolCalendar(std::shared_ptr<const Data> data);
    quint8 flagsAt(qint64 julianDay) const;

    std::shared_ptr<const Data> m_data;
};

} // namespace casebook
