#include "CalendarFixture.h"

#include <gtest/gtest.h>

namespace casebook::test {

namespace {

NonSchoolPeriod period(QDate from, QDate to, NonSchoolKind kind, const char* description)
{
    return {from, to, kind, QString::fromLatin1(description)};
}

NonSchoolPeriod bankHoliday(int year, int month, int day)
{
    return {QDate(year, month, day), QDate(year, month, day), NonSchoolKind::BankHoliday,
            QStringLiteral("Bank holiday")};
}

} // namespace

CalendarInput fixtureCalendarInput()
{
    CalendarInput input;
    const AcademicYear y2024(2024);
    const AcademicYear y2025(2025);
    input.terms = {
        {y2024, Term::Autumn, QDate(2024, 9, 3), QDate(2024, 12, 20)},
        {y2024, Term::Spring, QDate(2025, 1, 6), QDate(2025, 4, 4)},
        {y2024, Term::Summer, QDate(2025, 4, 22), QDate(2025, 7, 22)},
        {y2025, Term::Autumn, QDate(2025, 9, 3), QDate(2025, 12, 19)},
        {y2025, Term::Spring, QDate(2026, 1, 5), QDate(2026, 3, 27)},
        {y2025, Term::Summer, QDate(2026, 4, 13), QDate(2026, 7, 21)},
    };
    input.nonSchoolPeriods = {
        period(QDate(2024, 10, 18), QDate(2024, 10, 18), NonSchoolKind::Inset, "INSET day"),
        period(QDate(2024, 10, 28), QDate(2024, 11, 1), NonSchoolKind::HalfTerm, "Autumn half term"),
        period(QDate(2024, 12, 23), QDate(2025, 1, 3), NonSchoolKind::Holiday, "Christmas holiday"),
        period(QDate(2025, 2, 17), QDate(2025, 2, 21), NonSchoolKind::HalfTerm, "Spring half term"),
        period(QDate(2025, 4, 7), QDate(2025, 4, 21), NonSchoolKind::Holiday, "Easter holiday"),
        period(QDate(2025, 5, 26), QDate(2025, 5, 30), NonSchoolKind::HalfTerm, "Summer half term"),
        period(QDate(2025, 6, 2), QDate(2025, 6, 2), NonSchoolKind::Inset, "INSET day"),
        period(QDate(2025, 10, 27), QDate(2025, 10, 31), NonSchoolKind::HalfTerm, "Autumn half term"),
        period(QDate(2026, 1, 5), QDate(2026, 1, 5), NonSchoolKind::Inset, "INSET day"),
        period(QDate(2026, 2, 16), QDate(2026, 2, 20), NonSchoolKind::HalfTerm, "Spring half term"),
        period(QDate(2026, 5, 25), QDate(2026, 5, 29), NonSchoolKind::HalfTerm, "Summer half term"),
    };
    const int bankHolidays[][3] = {
        {2024, 1, 1},   {2024, 3, 29},  {2024, 4, 1},   {2024, 5, 6},   {2024, 5, 27},  {2024, 8, 26},
        {2024, 12, 25}, {2024, 12, 26}, {2025, 1, 1},   {2025, 4, 18},  {2025, 4, 21},  {2025, 5, 5},
        {2025, 5, 26},  {2025, 8, 25},  {2025, 12, 25}, {2025, 12, 26}, {2026, 1, 1},   {2026, 4, 3},
        {2026, 4, 6},   {2026, 5, 4},   {2026, 5, 25},  {2026, 8, 31},  {2026, 12, 25}, {2026, 12, 28},
    };
    for (const auto& day : bankHolidays) {
        input.nonSchoolPeriods.push_back(bankHoliday(day[0], day[1], day[2]));
    }
    input.year11ExamsEnd = {{y2024, QDate(2025, 6, 20)}, {y2025, QDate(2026, 6, 19)}};
    return input;
}

SchoolCalendar fixtureCalendar()
{
    Result<SchoolCalendar> calendar = SchoolCalendar::create(fixtureCalendarInput());
    EXPECT_TRUE(calendar.ok()) << calendar.error().message.toStdString();
    return calendar.ok() ? calendar.value() : SchoolCalendar();
}

} // namespace casebook::test
