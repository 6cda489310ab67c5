#include "calendar/AcademicYear.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

TEST(CalendarAcademicYear, YearContainingADate)
{
    struct Case
    {
        QDate date;
        int startYear;
        const char* note;
    };
    const Case cases[] = {
        {QDate(2024, 9, 1), 2024, "1 September starts the year"},
        {QDate(2024, 8, 31), 2023, "31 August ends the previous year"},
        {QDate(2025, 1, 15), 2024, "January belongs to the year that began in September"},
        {QDate(2025, 8, 31), 2024, "last day of 2024/25"},
        {QDate(2000, 2, 29), 1999, "leap day"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(AcademicYear::containing(c.date).startYear(), c.startYear);
    }
    EXPECT_FALSE(AcademicYear::containing(QDate()).isValid());
}

TEST(CalendarAcademicYear, FirstAndLastDayAndContains)
{
    const AcademicYear year(2024);
    EXPECT_EQ(year.firstDay(), QDate(2024, 9, 1));
    EXPECT_EQ(year.lastDay(), QDate(2025, 8, 31));
    EXPECT_TRUE(year.contains(QDate(2024, 9, 1)));
    EXPECT_TRUE(year.contains(QDate(2025, 8, 31)));
    EXPECT_FALSE(year.contains(QDate(2024, 8, 31)));
    EXPECT_FALSE(year.contains(QDate(2025, 9, 1)));
    EXPECT_EQ(year.next(), AcademicYear(2025));
    EXPECT_EQ(year.previous(), AcademicYear(2023));
}

TEST(CalendarAcademicYear, LabelFormatsTwoDigitEndYear)
{
    struct Case
    {
        int startYear;
        const char* label;
    };
    const Case cases[] = {{2024, "2024/25"}, {1999, "1999/00"}, {2009, "2009/10"}, {2099, "2099/00"}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.label);
        EXPECT_EQ(AcademicYear(c.startYear).label(), QString::fromLatin1(c.label));
        Result<AcademicYear> parsed = AcademicYear::fromLabel(QString::fromLatin1(c.label));
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(parsed->startYear(), c.startYear);
    }
}

TEST(CalendarAcademicYear, FromLabelRejectsMalformedLabels)
{
    struct Case
    {
        const char* label;
        const char* messagePart;
    };
    const Case cases[] = {
        {"2024/26", "second part must be the year after"},
        {"2024-25", "written like 2024/25"},
        {"24/25", "written like 2024/25"},
        {"2024/2025", "written like 2024/25"},
        {"", "written like 2024/25"},
        {"autumn", "written like 2024/25"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.label);
        Result<AcademicYear> parsed = AcademicYear::fromLabel(QString::fromLatin1(c.label));
        ASSERT_FALSE(parsed.ok());
        EXPECT_TRUE(parsed.error().message.contains(QString::fromLatin1(c.messagePart)))
            << parsed.error().message.toStdString();
    }
    EXPECT_TRUE(AcademicYear::fromLabel(QStringLiteral("  2024/25 ")).ok()) << "surrounding spaces are ignored";
}

TEST(CalendarAcademicYear, TermIdsAndNames)
{
    struct Case
    {
        Term term;
        const char* id;
        const char* name;
    };
    const Case cases[] = {
        {Term::Autumn, "autumn", "Autumn"}, {Term::Spring, "spring", "Spring"}, {Term::Summer, "summer", "Summer"}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.id);
        EXPECT_EQ(termId(c.term), QString::fromLatin1(c.id));
        EXPECT_EQ(termName(c.term), QString::fromLatin1(c.name));
        EXPECT_EQ(termFromId(QString::fromLatin1(c.id)), c.term);
    }
    EXPECT_EQ(termFromId(QStringLiteral("Summer")), Term::Summer);
    EXPECT_FALSE(termFromId(QStringLiteral("winter")).has_value());
}

TEST(CalendarAcademicYear, AcademicTermIdRoundTrip)
{
    const AcademicTerm autumn{AcademicYear(2024), Term::Autumn};
    EXPECT_EQ(autumn.id(), QStringLiteral("2024/25-autumn"));
    EXPECT_EQ(autumn.displayName(), QStringLiteral("Autumn 2024/25"));

    Result<AcademicTerm> parsed = AcademicTerm::fromId(QStringLiteral("2025/26-summer"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value(), (AcademicTerm{AcademicYear(2025), Term::Summer}));

    for (const char* bad : {"2024/25-winter", "2024/25autumn", "2024/26-spring", "-autumn"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(AcademicTerm::fromId(QString::fromLatin1(bad)).ok());
    }
}

TEST(CalendarAcademicYear, TermsOrderWithinAndAcrossYears)
{
    const AcademicTerm summer2024{AcademicYear(2024), Term::Summer};
    const AcademicTerm autumn2025{AcademicYear(2025), Term::Autumn};
    const AcademicTerm spring2024{AcademicYear(2024), Term::Spring};
    EXPECT_LT(summer2024, autumn2025);
    EXPECT_LT(spring2024, summer2024);
    EXPECT_FALSE(autumn2025 < summer2024);
}

} // namespace
