#include "rules/PupilKeyFigures.h"

#include "rules/SuspensionDays.h"

namespace casebook {

PupilKeyFigures keyFiguresForPupil(const std::vector<SuspensionFacts>& suspensions,
                                   const std::vector<ExclusionFacts>& exclusions, const CalendarSet& calendars,
                                   QDate onDate)
{
    PupilKeyFigures figures;
    figures.year = AcademicYear::containing(onDate);
    figures.limit = yearLimitStatus(suspensions, figures.year, calendars);
    const Estimated<AcademicTerm> current = calendars.laCalendar().termForCounting(onDate);
    figures.currentTerm = current.value;
    figures.currentTermEstimated = current.estimated;

    for (TermTotal& total : suspensionTotalsBySchoolAndTerm(suspensions, calendars)) {
        if (total.term.year != figures.year) {
            continue;
        }
        if (total.term == figures.currentTerm) {
            figures.daysThisTerm += total.days;
        }
        figures.termTotals.push_back(std::move(total));
    }

    const std::vector<SuspensionSpan> spans = suspensionSpans(suspensions, calendars);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].sessions.empty()) {
            continue;
        }
        const SchoolCalendar& calendar = calendars.forSchool(suspensions[i].schoolId);
        if (calendar.termForCounting(spans[i].firstDay).value == figures.currentTerm) {
            ++figures.suspensionsThisTerm;
        }
    }
    for (const ExclusionFacts& exclusion : exclusions) {
        if (!exclusion.withdrawn && figures.year.contains(exclusion.decisionDate)) {
            ++figures.permanentExclusionsThisYear;
        }
    }
    return figures;
}

} // namespace casebook
