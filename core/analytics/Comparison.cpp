#include "analytics/Comparison.h"

namespace casebook {

std::vector<ComparedPeriod> comparePeriods(const std::vector<PeriodFigures>& school,
                                           const std::vector<PeriodFigures>& la,
                                           const std::vector<NationalRate>& national)
{
    std::vector<ComparedPeriod> rows;
    rows.reserve(school.size());
    for (const PeriodFigures& s : school) {
        ComparedPeriod row;
        row.school = s;
        row.la.academicYear = s.academicYear;
        row.la.term = s.term;
        row.la.firstDay = s.firstDay;
        row.la.lastDay = s.lastDay;
        for (const PeriodFigures& l : la) {
            if (l.academicYear == s.academicYear && l.term == s.term) {
                row.la = l;
                break;
            }
        }
        if (s.term.isEmpty()) {
            row.national = nationalYear(national, s.academicYear);
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace casebook
