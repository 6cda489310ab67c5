#include "demo/DemoCalendar.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace casebook::demo {

namespace {

constexpr int kPupilDays = 190;

// Relative likelihood of an incident by month (index 1..12): a quiet start to September, busy late
// autumn and spring, a quieter end of the summer term.
constexpr double kMonthWeight[13] = {0, 1.0, 1.0, 1.1, 0.9, 1.0, 1.0, 0.7, 0, 0.75, 1.1, 1.2, 0.9};
// By weekday (index 1..5): slightly more early in the week.
constexpr double kWeekdayWeight[8] = {0, 1.05, 1.05, 1.0, 1.0, 0.9, 0, 0};

double normalDayWeight(QDate d)
{
    return kMonthWeight[d.month()] * kWeekdayWeight[d.dayOfWeek()];
}

double dayWeight(QDate d)
{
    double w = normalDayWeight(d);
    const bool firstLockdown = d >= QDate(2020, 3, 23) && d <= QDate(2020, 5, 31);
    const bool secondLockdown = d >= QDate(2021, 1, 5) && d <= QDate(2021, 3, 7);
    const bool partialReturn = d > QDate(2020, 5, 31) && d <= QDate(2020, 7, 31);
    if (firstLockdown || secondLockdown) {
        w *= 0.03;
    } else if (partialReturn) {
        w *= 0.25;
    }
    return w;
}

} // namespace

Result<DemoCalendar> DemoCalendar::create(AcademicYear first, AcademicYear last)
{
    DemoCalendar c;
    for (AcademicYear y = first; !(last < y); y = y.next()) {
        Year year;
        year.published = demoTermYear(y);
        for (const TermDates& t : year.published.terms) {
            c.m_input.terms.push_back(t);
        }
        c.m_input.nonSchoolPeriods.insert(c.m_input.nonSchoolPeriods.end(), year.published.periods.begin(),
                                          year.published.periods.end());
        c.m_input.year11ExamsEnd.push_back({y, year.published.year11ExamsEnd});
        c.m_years.push_back(std::move(year));
    }
    Result<SchoolCalendar> la = SchoolCalendar::create(c.m_input);
    if (!la) {
        return la.error();
    }
    c.m_la = la.value();
    for (Year& year : c.m_years) {
        double total = 0;
        double normalTotal = 0;
        for (QDate d = year.published.year.firstDay(); d <= year.published.year.lastDay(); d = d.addDays(1)) {
            if (c.m_la.isSchoolDay(d) && c.m_la.termOf(d).has_value()) {
                year.days.push_back(d.toJulianDay());
                total += dayWeight(d);
                normalTotal += normalDayWeight(d);
                year.cumulative.push_back(total);
                year.cumulativeNormal.push_back(normalTotal);
                c.m_allDays.push_back(d.toJulianDay());
            }
        }
        if (year.days.empty()) {
            return makeError(
                Error::Code::Invalid,
                QStringLiteral("The demo calendar for %1 has no school days.").arg(year.published.year.label()));
        }
        year.firstDay = QDate::fromJulianDay(year.days.front());
        year.lastDay = QDate::fromJulianDay(year.days.back());
    }
    return c;
}

int DemoCalendar::yearIndexOf(QDate date) const
{
    if (m_years.empty() || !date.isValid()) {
        return -1;
    }
    const int index = AcademicYear::containing(date).startYear() - m_years.front().published.year.startYear();
    return index >= 0 && index < yearCount() ? index : -1;
}

void DemoCalendar::makeClosures(int schoolCount, DemoRandom& random)
{
    m_closedDays.assign(static_cast<std::size_t>(schoolCount), {});
    for (const Year& year : m_years) {
        const auto& days = year.days;
        const int ownInset = std::max(0, static_cast<int>(days.size()) - kPupilDays);
        for (int school = 0; school < schoolCount; ++school) {
            // Each school chooses its other INSET days, so that pupils have 190 days.
            std::vector<qint64> chosen;
            while (static_cast<int>(chosen.size()) < ownInset) {
                const qint64 jd =
                    days[static_cast<std::size_t>(random.uniformInt(5, static_cast<int>(days.size()) - 2))];
                if (std::find(chosen.begin(), chosen.end(), jd) == chosen.end()) {
                    chosen.push_back(jd);
                    const QDate d = QDate::fromJulianDay(jd);
                    m_closures.push_back({school, {d, d, NonSchoolKind::Inset, QStringLiteral("School INSET day")}});
                }
            }
            if (random.chance(0.04)) { // snow in January or February
                const QDate from(year.published.year.startYear() + 1, random.uniformInt(1, 2), 1);
                const QDate d = QDate::fromJulianDay(
                    *std::lower_bound(days.begin(), days.end(), from.addDays(random.uniformInt(6, 24)).toJulianDay()));
                m_closures.push_back({school, {d, d, NonSchoolKind::Closure, QStringLiteral("Closed: snow")}});
            }
            if (random.chance(0.03)) { // a polling station on the first Thursday in May
                QDate d(year.published.year.startYear() + 1, 5, 1);
                while (d.dayOfWeek() != 4) {
                    d = d.addDays(1);
                }
                if (m_la.isSchoolDay(d)) {
                    m_closures.push_back(
                        {school, {d, d, NonSchoolKind::Closure, QStringLiteral("Closed: polling station")}});
                }
            }
        }
    }
    for (const Closure& c : m_closures) {
        m_closedDays[static_cast<std::size_t>(c.school)].push_back(c.period.from.toJulianDay());
    }
    for (auto& days : m_closedDays) {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
    }
}

bool DemoCalendar::closedAt(int school, qint64 julianDay) const
{
    if (school < 0 || school >= static_cast<int>(m_closedDays.size())) {
        return false;
    }
    const auto& days = m_closedDays[static_cast<std::size_t>(school)];
    return std::binary_search(days.begin(), days.end(), julianDay);
}

bool DemoCalendar::isSchoolDay(int school, QDate date) const
{
    const qint64 jd = date.toJulianDay();
    return std::binary_search(m_allDays.begin(), m_allDays.end(), jd) && !closedAt(school, jd);
}

QDate DemoCalendar::schoolDayOnOrAfter(int school, QDate date) const
{
    auto it = std::lower_bound(m_allDays.begin(), m_allDays.end(), date.toJulianDay());
    while (it != m_allDays.end() && closedAt(school, *it)) {
        ++it;
    }
    return it == m_allDays.end() ? QDate() : QDate::fromJulianDay(*it);
}

QDate DemoCalendar::addSchoolDays(int school, QDate from, int n) const
{
    auto it = std::upper_bound(m_allDays.begin(), m_allDays.end(), from.toJulianDay());
    int counted = 0;
    for (; it != m_allDays.end(); ++it) {
        if (!closedAt(school, *it) && ++counted == n) {
            return QDate::fromJulianDay(*it);
        }
    }
    // Past the generated years: weekdays stand in for school days.
    QDate d =
        m_allDays.empty() || from.toJulianDay() > m_allDays.back() ? from : QDate::fromJulianDay(m_allDays.back());
    while (counted < n) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5) {
            ++counted;
        }
    }
    return d;
}

int DemoCalendar::schoolDaysIn(int school, QDate from, QDate to) const
{
    const auto a = std::lower_bound(m_allDays.begin(), m_allDays.end(), from.toJulianDay());
    const auto b = std::upper_bound(m_allDays.begin(), m_allDays.end(), to.toJulianDay());
    int n = 0;
    for (auto it = a; it < b; ++it) {
        n += closedAt(school, *it) ? 0 : 1;
    }
    return n;
}

QDate DemoCalendar::addWorkingDays(QDate from, int n) const
{
    return m_la.addWorkingDays(from, n).value;
}

double DemoCalendar::weightShare(int yearIndex, QDate from, QDate to, bool normal) const
{
    if (yearIndex < 0 || yearIndex >= yearCount() || to < from) {
        return 0;
    }
    const Year& year = m_years[static_cast<std::size_t>(yearIndex)];
    const std::vector<double>& cumulative = normal ? year.cumulativeNormal : year.cumulative;
    const auto first = std::lower_bound(year.days.begin(), year.days.end(), from.toJulianDay());
    const auto last = std::upper_bound(year.days.begin(), year.days.end(), to.toJulianDay());
    if (first >= last) {
        return 0;
    }
    const std::size_t a = static_cast<std::size_t>(first - year.days.begin());
    const std::size_t b = static_cast<std::size_t>(last - year.days.begin());
    const double low = a == 0 ? 0.0 : cumulative[a - 1];
    return (cumulative[b - 1] - low) / year.cumulativeNormal.back();
}

QDate DemoCalendar::previousSchoolDay(int school, QDate date) const
{
    auto it = std::lower_bound(m_allDays.begin(), m_allDays.end(), date.toJulianDay());
    while (it != m_allDays.begin()) {
        --it;
        if (!closedAt(school, *it)) {
            return QDate::fromJulianDay(*it);
        }
    }
    return {};
}

QDate DemoCalendar::randomSchoolDay(DemoRandom& random, int school, QDate from, QDate to) const
{
    const int index = yearIndexOf(from);
    if (index < 0 || to < from) {
        return {};
    }
    const Year& year = m_years[static_cast<std::size_t>(index)];
    const auto first = std::lower_bound(year.days.begin(), year.days.end(), from.toJulianDay());
    const auto last = std::upper_bound(year.days.begin(), year.days.end(), to.toJulianDay());
    if (first >= last) {
        return {};
    }
    const std::size_t a = static_cast<std::size_t>(first - year.days.begin());
    const std::size_t b = static_cast<std::size_t>(last - year.days.begin()); // one past
    const double low = a == 0 ? 0.0 : year.cumulative[a - 1];
    const double high = year.cumulative[b - 1];
    const double u = random.uniform(low, high);
    std::size_t pos =
        static_cast<std::size_t>(std::upper_bound(year.cumulative.begin() + static_cast<std::ptrdiff_t>(a),
                                                  year.cumulative.begin() + static_cast<std::ptrdiff_t>(b), u) -
                                 year.cumulative.begin());
    if (pos >= b) {
        pos = b - 1;
    }
    for (std::size_t i = pos; i < b; ++i) { // the school's own closure: the next open day instead
        if (!closedAt(school, year.days[i])) {
            return QDate::fromJulianDay(year.days[i]);
        }
    }
    return {};
}

} // namespace casebook::demo
