#include "rules/PupilKeyFigures.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

// School A, autumn 2024: 4 days from Mon 09/09 and a lunchtime on Tue 01/10 (4.5 days, 2 suspensions).
// School B, spring 2025: 3 days from Mon 13/01. 2025/26: 2 days from Mon 08/09/2025 (another year).
std::vector<SuspensionFacts> history()
{
    return {makeSuspension(1, QDate(2024, 9, 9), 8, kSchoolA),
            makeLunchtimeSuspension(2, QDate(2024, 10, 1), 1, kSchoolA),
            makeSuspension(3, QDate(2025, 1, 13), 6, kSchoolB), makeSuspension(4, QDate(2025, 9, 8), 4, kSchoolB)};
}

std::vector<ExclusionFacts> exclusions()
{
    ExclusionFacts withdrawn = makeExclusion(9, QDate(2025, 2, 3), QDate(2025, 2, 4), kSchoolB);
    withdrawn.withdrawn = true;
    return {makeExclusion(8, QDate(2024, 11, 13), QDate(2024, 11, 14), kSchoolA), withdrawn};
}

TEST(RulesPupilKeyFigures, FiguresForTheYearAndTermOfTheDate)
{
    struct Case
    {
        const char* note;
        QDate onDate;
        int startYear;
        double yearDays;
        Term term;
        int suspensionsThisTerm;
        double daysThisTerm;
        std::size_t termTotals;
        int exclusionsThisYear;
    };
    const Case cases[] = {
        {"autumn term", QDate(2024, 10, 10), 2024, 7.5, Term::Autumn, 2, 4.5, 2, 1},
        {"Christmas holiday counts as autumn", QDate(2024, 12, 27), 2024, 7.5, Term::Autumn, 2, 4.5, 2, 1},
        {"spring term", QDate(2025, 1, 20), 2024, 7.5, Term::Spring, 1, 3.0, 2, 1},
        {"summer term: nothing this term", QDate(2025, 5, 1), 2024, 7.5, Term::Summer, 0, 0.0, 2, 1},
        {"next year", QDate(2025, 9, 10), 2025, 2.0, Term::Autumn, 1, 2.0, 1, 0},
    };
    const CalendarSet calendars(fixtureCalendar());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const PupilKeyFigures figures = keyFiguresForPupil(history(), exclusions(), calendars, c.onDate);
        EXPECT_EQ(figures.year, AcademicYear(c.startYear));
        EXPECT_DOUBLE_EQ(figures.limit.days, c.yearDays);
        EXPECT_DOUBLE_EQ(figures.limit.remaining, 45.0 - c.yearDays);
        EXPECT_EQ(figures.currentTerm, (AcademicTerm{AcademicYear(c.startYear), c.term}));
        EXPECT_FALSE(figures.currentTermEstimated);
        EXPECT_EQ(figures.suspensionsThisTerm, c.suspensionsThisTerm);
        EXPECT_DOUBLE_EQ(figures.daysThisTerm, c.daysThisTerm);
        EXPECT_EQ(figures.termTotals.size(), c.termTotals);
        EXPECT_EQ(figures.permanentExclusionsThisYear, c.exclusionsThisYear);
    }
}

TEST(RulesPupilKeyFigures, TermTotalsCarryTheBoardDuty)
{
    const PupilKeyFigures figures =
        keyFiguresForPupil(history(), exclusions(), CalendarSet(fixtureCalendar()), QDate(2024, 10, 10));
    ASSERT_EQ(figures.termTotals.size(), 2U);
    EXPECT_EQ(figures.termTotals[0].schoolId, kSchoolA);
    EXPECT_EQ(figures.termTotals[0].term, (AcademicTerm{AcademicYear(2024), Term::Autumn}));
    EXPECT_DOUBLE_EQ(figures.termTotals[0].days, 4.5);
    EXPECT_EQ(figures.termTotals[0].duty, BoardDuty::ConsiderRepresentations);
    EXPECT_EQ(figures.termTotals[1].schoolId, kSchoolB);
    EXPECT_EQ(figures.termTotals[1].term, (AcademicTerm{AcademicYear(2024), Term::Spring}));
    EXPECT_DOUBLE_EQ(figures.termTotals[1].days, 3.0);
}

} // namespace
