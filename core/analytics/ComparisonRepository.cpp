#include "analytics/ComparisonRepository.h"

#include "analytics/ReferenceRatesRepository.h"
#include "analytics/SchoolFiguresRepository.h"

namespace casebook {

Result<std::vector<ComparedPeriod>> ComparisonRepository::schoolAgainstLa(qint64 schoolId, Granularity granularity,
                                                                          const SchoolFilter& la)
{
    SchoolFiguresRepository figures(m_db);
    auto school = figures.schoolTrend(schoolId, granularity);
    if (!school) {
        return school.error();
    }
    auto laRows = figures.laTrend(granularity, la);
    if (!laRows) {
        return laRows.error();
    }
    auto national = ReferenceRatesRepository(m_db).all();
    if (!national) {
        return national.error();
    }
    return comparePeriods(school.value(), laRows.value(), national.value());
}

} // namespace casebook
