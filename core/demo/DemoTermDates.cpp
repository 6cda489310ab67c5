#include "demo/DemoTermDates.h"

#include <algorithm>

namespace casebook::demo {

namespace {

constexpr int kMonday = 1;
constexpr int kTuesday = 2;
constexpr int kThursday = 4;
constexpr int kFriday = 5;
constexpr int kSaturday = 6;
constexpr int kSunday = 7;
constexpr int kOpenDays = 195; // school days with pupils (190) and INSET days (5)

// The first `weekday` (1 = Monday) on or after `date`.
QDate weekdayOnOrAfter(QDate date, int weekday)
{
    return date.addDays((weekday - date.dayOfWeek() + 7) % 7);
}

// The last `weekday` on or before `date`.
QDate weekdayOnOrBefore(QDate date, int weekday)
{
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

QDate lastMondayOf(int year, int month)
{
    return weekdayOnOrBefore(QDate(year, month, QDate(year, month, 1).daysInMonth()), kMonday);
}

NonSchoolPeriod day(QDate date, const char* description)
{
    return {date, date, NonSchoolKind::BankHoliday, QString::fromLatin1(description)};
}

NonSchoolPeriod period(QDate from, QDate to, NonSchoolKind kind, const char* description)
{
    return {from, to, kind, QString::fromLatin1(description)};
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

std::vector<NonSchoolPeriod> englandBankHolidays(int year)
{
    std::vector<NonSchoolPeriod> out;
    QDate newYear(year, 1, 1);
    if (newYear.dayOfWeek() >= kSaturday) {
        newYear = weekdayOnOrAfter(newYear, kMonday);
    }
    out.push_back(day(newYear, "New Year's Day"));
    const QDate easter = easterSunday(year);
    out.push_back(day(easter.addDays(-2), "Good Friday"));
    out.push_back(day(easter.addDays(1), "Easter Monday"));
    if (year == 2020) {
        out.push_back(day(QDate(2020, 5, 8), "Early May bank holiday (VE Day)"));
    } else {
        out.push_back(day(weekdayOnOrAfter(QDate(year, 5, 1), kMonday), "Early May bank holiday"));
    }
    if (year == 2023) {
        out.push_back(day(QDate(2023, 5, 8), "Coronation of King Charles III"));
    }
    if (year == 2012) {
        out.push_back(day(QDate(2012, 6, 4), "Spring bank holiday"));
        out.push_back(day(QDate(2012, 6, 5), "Diamond Jubilee"));
    } else if (year == 2022) {
        out.push_back(day(QDate(2022, 6, 2), "Spring bank holiday"));
        out.push_back(day(QDate(2022, 6, 3), "Platinum Jubilee"));
    } else {
        out.push_back(day(lastMondayOf(year, 5), "Spring bank holiday"));
    }
    if (year == 2011) {
        out.push_back(day(QDate(2011, 4, 29), "Royal wedding"));
    }
    out.push_back(day(lastMondayOf(year, 8), "Summer bank holiday"));
    if (year == 2022) {
        out.push_back(day(QDate(2022, 9, 19), "State funeral of Queen Elizabeth II"));
    }
    const QDate christmas(year, 12, 25);
    switch (christmas.dayOfWeek()) {
    case kFriday:
        out.push_back(day(christmas, "Christmas Day"));
        out.push_back(day(christmas.addDays(3), "Boxing Day (substitute day)"));
        break;
    case kSaturday:
        out.push_back(day(christmas.addDays(2), "Christmas Day (substitute day)"));
        out.push_back(day(christmas.addDays(3), "Boxing Day (substitute day)"));
        break;
    case kSunday:
        out.push_back(day(christmas.addDays(1), "Boxing Day"));
        out.push_back(day(christmas.addDays(2), "Christmas Day (substitute day)"));
        break;
    default:
        out.push_back(day(christmas, "Christmas Day"));
        out.push_back(day(christmas.addDays(1), "Boxing Day"));
        break;
    }
    return out;
}

DemoTermYear demoTermYear(AcademicYear year)
{
    const int y = year.startYear();
    DemoTermYear t;
    t.year = year;

    const QDate autumnFirst = weekdayOnOrAfter(QDate(y, 9, 1), kTuesday);
    const QDate octoberHalfTerm = weekdayOnOrAfter(QDate(y, 10, 23), kMonday);
    const QDate autumnLast = weekdayOnOrBefore(QDate(y, 12, 22), kFriday);

    QDate springFirst(y + 1, 1, 4);
    while (springFirst.dayOfWeek() >= kSaturday) {
        springFirst = springFirst.addDays(1);
    }
    const QDate februaryHalfTerm = weekdayOnOrAfter(QDate(y + 1, 2, 12), kMonday);

    const QDate easter = easterSunday(y + 1);
    QDate springLast;
    QDate summerFirst;
    if (easter <= QDate(y + 1, 4, 2)) { // early Easter: the holiday is the fortnight after it
        springLast = easter.addDays(-3);
        summerFirst = easter.addDays(15);
    } else if (easter <= QDate(y + 1, 4, 15)) { // the week before Easter and Easter week
        springLast = easter.addDays(-9);
        summerFirst = easter.addDays(8);
    } else { // late Easter: the first fortnight of April, back after Easter Monday
        springLast = easter.addDays(-16);
        summerFirst = easter.addDays(2);
    }
    const QDate mayHalfTerm = lastMondayOf(y + 1, 5);
    QDate summerLast(y + 1, 7, 22);
    if (summerLast.dayOfWeek() == kMonday || summerLast.dayOfWeek() >= kSaturday) {
        summerLast = weekdayOnOrBefore(summerLast, kFriday);
    }
    // Schools open for 195 days (190 with pupils, 5 INSET): end the summer term a little earlier when the
    // year would otherwise be longer.
    std::vector<NonSchoolPeriod> bankHolidays;
    for (int calendarYear : {y, y + 1}) {
        for (const NonSchoolPeriod& holiday : englandBankHolidays(calendarYear)) {
            if (year.contains(holiday.from)) {
                bankHolidays.push_back(holiday);
            }
        }
    }
    const auto termDays = [&](QDate from, QDate to) {
        int n = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const bool halfTerm = (d >= octoberHalfTerm && d <= octoberHalfTerm.addDays(4)) ||
                                  (d >= februaryHalfTerm && d <= februaryHalfTerm.addDays(4)) ||
                                  (d >= mayHalfTerm && d <= mayHalfTerm.addDays(4));
            const bool bankHoliday = std::any_of(bankHolidays.begin(), bankHolidays.end(),
                                                 [&](const NonSchoolPeriod& p) { return p.from == d; });
            n += d.dayOfWeek() < kSaturday && !halfTerm && !bankHoliday ? 1 : 0;
        }
        return n;
    };
    int days =
        termDays(autumnFirst, autumnLast) + termDays(springFirst, springLast) + termDays(summerFirst, summerLast);
    while (days < kOpenDays - 3) { // and a little later when it would be too short for 190 days with pupils
        summerLast = summerLast.addDays(1);
        while (summerLast.dayOfWeek() >= kSaturday) {
            summerLast = summerLast.addDays(1);
        }
        ++days;
    }
    while (days > kOpenDays) {
        summerLast = summerLast.addDays(-1);
        while (summerLast.dayOfWeek() >= kSaturday) {
            summerLast = summerLast.addDays(-1);
        }
        --days;
    }

    t.terms = {TermDates{year, Term::Autumn, autumnFirst, autumnLast},
               TermDates{year, Term::Spring, springFirst, springLast},
               TermDates{year, Term::Summer, summerFirst, summerLast}};

    t.periods.push_back(period(autumnFirst, autumnFirst, NonSchoolKind::Inset, "INSET day"));
    t.periods.push_back(
        period(octoberHalfTerm, octoberHalfTerm.addDays(4), NonSchoolKind::HalfTerm, "October half term"));
    t.periods.push_back(
        period(autumnLast.addDays(1), springFirst.addDays(-1), NonSchoolKind::Holiday, "Christmas holiday"));
    t.periods.push_back(period(springFirst, springFirst, NonSchoolKind::Inset, "INSET day"));
    t.periods.push_back(
        period(februaryHalfTerm, februaryHalfTerm.addDays(4), NonSchoolKind::HalfTerm, "February half term"));
    t.periods.push_back(
        period(springLast.addDays(1), summerFirst.addDays(-1), NonSchoolKind::Holiday, "Easter holiday"));
    t.periods.push_back(period(mayHalfTerm, mayHalfTerm.addDays(4), NonSchoolKind::HalfTerm, "May half term"));
    t.periods.push_back(period(summerLast.addDays(1), year.lastDay(), NonSchoolKind::Holiday, "Summer holiday"));
    t.periods.insert(t.periods.end(), bankHolidays.begin(), bankHolidays.end());

    t.year11ExamsEnd = weekdayOnOrAfter(QDate(y + 1, 6, 20), kTuesday);
    t.censusDay = weekdayOnOrAfter(QDate(y + 1, 1, 15), kThursday);
    t.keyStage2TestsWeek = weekdayOnOrAfter(QDate(y + 1, 5, 1), kMonday).addDays(7);
    return t;
}

} // namespace casebook::demo
