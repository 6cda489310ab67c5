#include "history/YearlyFigures.h"

#include "rules/SuspensionDays.h"
#include "rules/SuspensionLimits.h"

#include <algorithm>
#include <set>

namespace casebook {

namespace {

struct YearBuilder
{
    int suspensions = 0;
    std::map<QString, int> reasons;
    int permanentExclusions = 0;
    std::set<qint64> schoolIds;
};

} // namespace

std::vector<YearFigures> yearlyFigures(const std::vector<SuspensionFacts>& suspensions,
                                       const std::map<qint64, QStringList>& reasonCodes,
                                       const std::vector<ExclusionFacts>& exclusions,
                                       const std::vector<EnrolmentSpan>& enrolments, const CalendarSet& calendars,
                                       QDate asOf)
{
    std::map<int, YearBuilder> years; // by start year

    const std::vector<SuspensionSpan> spans = suspensionSpans(suspensions, calendars);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].sessions.empty()) {
            continue;
        }
        YearBuilder& y = years[AcademicYear::containing(spans[i].firstDay).startYear()];
        ++y.suspensions;
        y.schoolIds.insert(suspensions[i].schoolId);
        const auto codes = reasonCodes.find(suspensions[i].id);
        if (codes != reasonCodes.end()) {
            for (const QString& code : codes->second) {
                ++y.reasons[code];
            }
        }
    }
    for (const ExclusionFacts& exclusion : exclusions) {
        if (!exclusion.decisionDate.isValid()) {
            continue;
        }
        YearBuilder& y = years[AcademicYear::containing(exclusion.decisionDate).startYear()];
        y.schoolIds.insert(exclusion.schoolId);
        if (!exclusion.withdrawn) {
            ++y.permanentExclusions;
        }
    }
    for (const EnrolmentSpan& enrolment : enrolments) {
        const QDate last = enrolment.end.isValid() ? enrolment.end : asOf;
        if (!enrolment.start.isValid() || !last.isValid() || last < enrolment.start) {
            continue;
        }
        for (AcademicYear year = AcademicYear::containing(enrolment.start); !(AcademicYear::containing(last) < year);
             year = year.next()) {
            years[year.startYear()].schoolIds.insert(enrolment.schoolId);
        }
    }

    std::vector<YearFigures> result;
    result.reserve(years.size());
    for (const auto& [startYear, built] : years) {
        YearFigures figures;
        figures.year = AcademicYear(startYear);
        figures.suspensions = built.suspensions;
        const Estimated<double> days = suspensionDaysInAcademicYear(suspensions, figures.year, calendars);
        figures.suspensionDays = days.value;
        figures.daysEstimated = days.estimated;
        figures.reasons.assign(built.reasons.begin(), built.reasons.end());
        std::stable_sort(figures.reasons.begin(), figures.reasons.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        figures.permanentExclusions = built.permanentExclusions;
        figures.schoolIds.assign(built.schoolIds.begin(), built.schoolIds.end());
        result.push_back(std::move(figures));
    }
    return result;
}

} // namespace casebook
