#include "calendar/SchoolCalendar.h"

#include "calendar/UkDate.h"

#include <algorithm>
#include <map>
#include <set>

namespace casebook {

namespace {

// Per-day flags in the day table.
constexpr quint8 kSchool = 1;      // school day (exact when kKnown, else the estimate)
constexpr quint8 kKnown = 2;       // term dates settle this day
constexpr quint8 kBankHoliday = 4; // a bank holiday
constexpr quint8 kBankKnown = 8;   // bank holidays loaded for this calendar year
constexpr quint8 kNonSchool = 16;  // inside a non-school period
constexpr quint8 kInTerm = 32;     // inside a loaded term

constexpr int kSaturday = 6;
constexpr qint64 kMaxSpanDays = qint64{100} * 366; // refuse absurd date ranges (a typo such as year 2204)

bool isWeekday(QDate date)
{
    return date.dayOfWeek() < kSaturday;
}

Error invalidRow(const QString& message)
{
    return makeError(Error::Code::Invalid, message);
}

Status checkTerms(const std::vector<TermDates>& terms)
{
    std::set<std::pair<int, int>> seen;
    for (const TermDates& row : terms) {
        const QString name = AcademicTerm{row.year, row.term}.displayName();
        if (!row.year.isValid() || !row.firstDay.isValid() || !row.lastDay.isValid()) {
            return invalidRow(QStringLiteral("%1: the academic year and both dates are needed").arg(name));
        }
        if (row.firstDay > row.lastDay) {
            return invalidRow(QStringLiteral("%1: first day %2 is after last day %3")
                                  .arg(name, ukDate(row.firstDay), ukDate(row.lastDay)));
        }
        if (!row.year.contains(row.firstDay) || !row.year.contains(row.lastDay)) {
            return invalidRow(QStringLiteral("%1: %2 to %3 is not inside the academic year %4 (1 September to "
                                             "31 August)")
                                  .arg(name, ukDate(row.firstDay), ukDate(row.lastDay), row.year.label()));
        }
        if (!seen.insert({row.year.startYear(), static_cast<int>(row.term)}).second) {
            return invalidRow(QStringLiteral("%1 is listed twice").arg(name));
        }
    }
    std::vector<TermDates> sorted = terms;
    std::sort(sorted.begin(), sorted.end(), [](const TermDates& a, const TermDates& b) {
        return AcademicTerm{a.year, a.term} < AcademicTerm{b.year, b.term};
    });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i].firstDay <= sorted[i - 1].lastDay) {
            return invalidRow(QStringLiteral("%1 starts on %2, before %3 ends on %4")
                                  .arg(AcademicTerm{sorted[i].year, sorted[i].term}.displayName(),
                                       ukDate(sorted[i].firstDay),
                                       AcademicTerm{sorted[i - 1].year, sorted[i - 1].term}.displayName(),
                                       ukDate(sorted[i - 1].lastDay)));
        }
    }
    return {};
}

Status checkPeriods(const std::vector<NonSchoolPeriod>& periods)
{
    for (const NonSchoolPeriod& period : periods) {
        const QString name = period.description.isEmpty() ? nonSchoolKindName(period.kind) : period.description;
        if (!period.from.isValid() || !period.to.isValid()) {
            return invalidRow(QStringLiteral("%1: both the first and the last day are needed").arg(name));
        }
        if (period.from > period.to) {
            return invalidRow(QStringLiteral("%1: first day %2 is after last day %3")
                                  .arg(name, ukDate(period.from), ukDate(period.to)));
        }
    }
    return {};
}

Status checkExams(const std::vector<Year11ExamsEnd>& exams)
{
    std::set<int> seen;
    for (const Year11ExamsEnd& row : exams) {
        if (!row.year.contains(row.lastExamDay)) {
            return invalidRow(QStringLiteral("Year 11 exams end date %1 is not in the academic year %2")
                                  .arg(ukDate(row.lastExamDay), row.year.label()));
        }
        if (!seen.insert(row.year.startYear()).second) {
            return invalidRow(QStringLiteral("Year 11 exams end date for %1 is listed twice").arg(row.year.label()));
        }
    }
    return {};
}

} // namespace

struct SchoolCalendar::Data
{
    CalendarInput input;
    std::vector<TermDates> termsByStart;
    std::map<int, QDate> year11ExamsEnd;
    qint64 firstJulianDay = 0;
    std::vector<quint8> days; // flags for firstJulianDay + i

    quint8& at(QDate date) { return days[static_cast<std::size_t>(date.toJulianDay() - firstJulianDay)]; }
    void markRange(QDate from, QDate to, quint8 flag)
    {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            at(d) |= flag;
        }
    }
};

SchoolCalendar::SchoolCalendar() : m_data(std::make_shared<const Data>())
{}

SchoolCalendar::SchoolCalendar(std::shared_ptr<const Data> data) : m_data(std::move(data))
{}

Result<SchoolCalendar> SchoolCalendar::create(CalendarInput input)
{
    for (const Status& status :
         {checkTerms(input.terms), checkPeriods(input.nonSchoolPeriods), checkExams(input.year11ExamsEnd)}) {
        if (!status) {
            return status.error();
        }
    }

    auto data = std::make_shared<Data>();
    data->termsByStart = input.terms;
    std::sort(data->termsByStart.begin(), data->termsByStart.end(),
              [](const TermDates& a, const TermDates& b) { return a.firstDay < b.firstDay; });
    for (const Year11ExamsEnd& row : input.year11ExamsEnd) {
        data->year11ExamsEnd[row.year.startYear()] = row.lastExamDay;
    }

    // The day table spans whole academic and calendar years around every date given.
    std::vector<QDate> dates;
    for (const TermDates& row : input.terms) {
        dates.insert(dates.end(), {row.firstDay, row.lastDay});
    }
    for (const NonSchoolPeriod& period : input.nonSchoolPeriods) {
        dates.insert(dates.end(), {period.from, period.to});
    }
    if (!dates.empty()) {
        const auto [minIt, maxIt] = std::minmax_element(dates.begin(), dates.end());
        const QDate first = std::min(AcademicYear::containing(*minIt).firstDay(), QDate(minIt->year(), 1, 1));
        const QDate last = std::max(AcademicYear::containing(*maxIt).lastDay(), QDate(maxIt->year(), 12, 31));
        const qint64 span = first.daysTo(last) + 1;
        if (span > kMaxSpanDays) {
            return invalidRow(QStringLiteral("The calendar runs from %1 to %2, more than 100 years: check the dates")
                                  .arg(ukDate(first), ukDate(last)));
        }
        data->firstJulianDay = first.toJulianDay();
        data->days.assign(static_cast<std::size_t>(span), 0);

        std::set<int> bankHolidayYears;
        for (const NonSchoolPeriod& period : input.nonSchoolPeriods) {
            data->markRange(period.from, period.to, kNonSchool);
            if (period.kind == NonSchoolKind::BankHoliday) {
                data->markRange(period.from, period.to, kBankHoliday);
                for (int year = period.from.year(); year <= period.to.year(); ++year) {
                    bankHolidayYears.insert(year);
                }
            }
        }
        for (int year : bankHolidayYears) {
            data->markRange(QDate(year, 1, 1), QDate(year, 12, 31), kBankKnown);
        }

        std::map<int, std::map<Term, const TermDates*>> byYear;
        for (const TermDates& row : input.terms) {
            data->markRange(row.firstDay, row.lastDay, kInTerm | kKnown);
            byYear[row.year.startYear()][row.term] = &row;
        }
        // Holidays are known where the terms on both sides of them are loaded.
        for (const auto& [startYear, terms] : byYear) {
            const AcademicYear year(startYear);
            const auto find = [&terms = terms](Term term) {
                const auto it = terms.find(term);
                return it == terms.end() ? nullptr : it->second;
            };
            const TermDates* autumn = find(Term::Autumn);
            const TermDates* spring = find(Term::Spring);
            const TermDates* summer = find(Term::Summer);
            if (autumn) {
                data->markRange(year.firstDay(), autumn->firstDay, kKnown);
            }
            if (autumn && spring) {
                data->markRange(autumn->lastDay, spring->firstDay, kKnown);
            }
            if (spring && summer) {
                data->markRange(spring->lastDay, summer->firstDay, kKnown);
            }
            if (summer) {
                data->markRange(summer->lastDay, year.lastDay(), kKnown);
            }
        }

        for (qint64 i = 0; i < span; ++i) {
            quint8& flags = data->days[static_cast<std::size_t>(i)];
            const bool weekday = isWeekday(QDate::fromJulianDay(data->firstJulianDay + i));
            const bool open = weekday && (flags & kNonSchool) == 0;
            const bool school = (flags & kKnown) != 0 ? open && (flags & kInTerm) != 0 : open;
            if (school) {
                flags |= kSchool;
            }
        }
    }
    data->input = std::move(input);
    return SchoolCalendar(std::move(data));
}

Result<SchoolCalendar> SchoolCalendar::withClosures(const std::vector<NonSchoolPeriod>& closures) const
{
    CalendarInput combined = m_data->input;
    combined.nonSchoolPeriods.insert(combined.nonSchoolPeriods.end(), closures.begin(), closures.end());
    return create(std::move(combined));
}

const CalendarInput& SchoolCalendar::input() const
{
    return m_data->input;
}

quint8 SchoolCalendar::flagsAt(qint64 julianDay) const
{
    const qint64 offset = julianDay - m_data->firstJulianDay;
    if (offset >= 0 && offset < static_cast<qint64>(m_data->days.size())) {
        return m_data->days[static_cast<std::size_t>(offset)];
    }
    // Outside the table nothing is known: estimate Monday to Friday.
    return isWeekday(QDate::fromJulianDay(julianDay)) ? kSchool : 0;
}

bool SchoolCalendar::isSchoolDay(QDate date) const
{
    return date.isValid() && (flagsAt(date.toJulianDay()) & kSchool) != 0;
}

bool SchoolCalendar::isBankHoliday(QDate date) const
{
    return date.isValid() && (flagsAt(date.toJulianDay()) & kBankHoliday) != 0;
}

bool SchoolCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && isWeekday(date) && !isBankHoliday(date);
}

bool SchoolCalendar::covers(QDate date) const
{
    return date.isValid() && (flagsAt(date.toJulianDay()) & kKnown) != 0;
}

bool SchoolCalendar::coversBankHolidays(QDate date) const
{
    return date.isValid() && (flagsAt(date.toJulianDay()) & kBankKnown) != 0;
}

std::vector<NonSchoolPeriod> SchoolCalendar::nonSchoolPeriodsOn(QDate date) const
{
    std::vector<NonSchoolPeriod> found;
    for (const NonSchoolPeriod& period : m_data->input.nonSchoolPeriods) {
        if (date >= period.from && date <= period.to) {
            found.push_back(period);
        }
    }
    return found;
}

EstimatedDate SchoolCalendar::addSchoolDays(QDate from, int n) const
{
    if (!from.isValid()) {
        return {};
    }
    const int step = n < 0 ? -1 : 1;
    qint64 jd = from.toJulianDay();
    bool estimated = false;
    for (int counted = 0; counted < std::abs(n);) {
        jd += step;
        const quint8 flags = flagsAt(jd);
        estimated = estimated || (flags & kKnown) == 0;
        if ((flags & kSchool) != 0) {
            ++counted;
        }
    }
    return {QDate::fromJulianDay(jd), estimated};
}

EstimatedDate SchoolCalendar::schoolDayOnOrAfter(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    if (isSchoolDay(date)) {
        return {date, !covers(date)};
    }
    EstimatedDate next = addSchoolDays(date, 1);
    next.estimated = next.estimated || !covers(date);
    return next;
}

EstimatedDate SchoolCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid()) {
        return {};
    }
    const int step = n < 0 ? -1 : 1;
    QDate date = from;
    bool estimated = false;
    for (int counted = 0; counted < std::abs(n);) {
        date = date.addDays(step);
        estimated = estimated || !coversBankHolidays(date);
        if (isWorkingDay(date)) {
            ++counted;
        }
    }
    return {date, estimated};
}

Estimated<int> SchoolCalendar::schoolDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return {};
    }
    Estimated<int> result;
    for (qint64 jd = from.toJulianDay() + 1; jd <= to.toJulianDay(); ++jd) {
        const quint8 flags = flagsAt(jd);
        result.estimated = result.estimated || (flags & kKnown) == 0;
        if ((flags & kSchool) != 0) {
            ++result.value;
        }
    }
    return result;
}

std::optional<AcademicTerm> SchoolCalendar::termOf(QDate date) const
{
    const std::vector<TermDates>& terms = m_data->termsByStart;
    auto it = std::upper_bound(terms.begin(), terms.end(), date,
                               [](QDate d, const TermDates& row) { return d < row.firstDay; });
    if (!date.isValid() || it == terms.begin()) {
        return std::nullopt;
    }
    --it;
    if (date > it->lastDay) {
        return std::nullopt;
    }
    return AcademicTerm{it->year, it->term};
}

Estimated<AcademicTerm> SchoolCalendar::termForCounting(QDate date) const
{
    if (!date.isValid()) {
        return {AcademicTerm{}, true};
    }
    if (std::optional<AcademicTerm> term = termOf(date)) {
        return {*term, false};
    }
    const AcademicYear year = AcademicYear::containing(date);
    if (covers(date)) {
        AcademicTerm latest{year, Term::Autumn};
        for (const TermDates& row : m_data->termsByStart) {
            if (row.year == year && row.firstDay <= date) {
                latest.term = row.term;
            }
        }
        return {latest, false};
    }
    constexpr int kFirstSummerMonth = 4;
    constexpr int kFirstAutumnMonth = 9;
    const int month = date.month();
    const Term term = month >= kFirstAutumnMonth  ? Term::Autumn
                      : month < kFirstSummerMonth ? Term::Spring
                                                  : Term::Summer;
    return {AcademicTerm{year, term}, true};
}

std::optional<TermDates> SchoolCalendar::termDates(const AcademicTerm& term) const
{
    for (const TermDates& row : m_data->termsByStart) {
        if (row.year == term.year && row.term == term.term) {
            return row;
        }
    }
    return std::nullopt;
}

std::optional<QDate> SchoolCalendar::year11ExamsEnd(AcademicYear year) const
{
    const auto it = m_data->year11ExamsEnd.find(year.startYear());
    if (it == m_data->year11ExamsEnd.end()) {
        return std::nullopt;
    }
    return it->second;
}

} // namespace casebook
