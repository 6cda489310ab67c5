#include "analytics/SchoolDashboardQuery.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/BreakdownRepository.h"
#include "analytics/PipEngagementRepository.h"
#include "analytics/ReferenceRatesRepository.h"
#include "analytics/RepeatMeasuresRepository.h"
#include "analytics/SchoolFiguresRepository.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace casebook {

namespace {

bool inRange(const QString& year, const QString& first, const QString& last)
{
    return year >= first && year <= last; // "2023/24" sorts as text
}

// Year groups apart from the other dimensions.
void splitYearGroups(std::vector<GroupFigures> all, std::vector<GroupFigures>& others,
                     std::vector<GroupFigures>& yearGroups)
{
    for (GroupFigures& g : all) {
        (g.dimension == kByYearGroup ? yearGroups : others).push_back(std::move(g));
    }
}

template <typename Row>
Row rowFor(const std::vector<Row>& rows, qint64 schoolId)
{
    auto it = std::find_if(rows.begin(), rows.end(), [schoolId](const Row& r) { return r.schoolId == schoolId; });
    if (it != rows.end()) {
        return *it;
    }
    Row none;
    none.schoolId = schoolId;
    return none;
}

} // namespace

void setLaCharacteristics(SchoolDashboard& dashboard, std::vector<GroupFigures> la)
{
    dashboard.laCharacteristics.clear();
    dashboard.laYearGroups.clear();
    splitYearGroups(std::move(la), dashboard.laCharacteristics, dashboard.laYearGroups);
    dashboard.laCharacteristicsPending = false;
}

std::pair<QString, QString> resolveYearRange(const QStringList& available, const QString& firstYear,
                                             const QString& lastYear)
{
    if (available.isEmpty()) {
        return {};
    }
    QString last = available.contains(lastYear) ? lastYear : available.back();
    QString first;
    if (available.contains(firstYear)) {
        first = firstYear;
    } else {
        const qsizetype lastIndex = available.indexOf(last);
        first = available.at(std::max<qsizetype>(0, lastIndex - (SchoolDashboardRequest::kDefaultYearsShown - 1)));
    }
    if (first > last) {
        std::swap(first, last);
    }
    return {first, last};
}

Result<SchoolDashboard> loadSchoolDashboard(Database& db, const SchoolDashboardRequest& request, AnalyticsCache* cache)
{
    SchoolFiguresRepository figures(db);
    auto years = figures.schoolTrend(request.schoolId, Granularity::Year);
    if (!years) {
        return years.error();
    }
    if (years->empty() || years->front().schoolName.isEmpty()) {
        return makeError(Error::Code::NotFound, QStringLiteral("There are no figures for school %1: it is not in this "
                                                               "database, or no term dates are loaded.")
                                                    .arg(request.schoolId));
    }

    SchoolDashboard out;
    out.schoolId = request.schoolId;
    out.schoolName = years->front().schoolName;
    out.granularity = request.granularity;
    for (const PeriodFigures& p : *years) {
        out.availableYears << p.academicYear;
    }
    std::tie(out.firstYear, out.lastYear) = resolveYearRange(out.availableYears, request.firstYear, request.lastYear);

    auto national = cache != nullptr ? cache->nationalRates() : ReferenceRatesRepository(db).all();
    if (!national) {
        return national.error();
    }

    // The trend: the school's periods in the range beside the LA's.
    std::vector<PeriodFigures> schoolPeriods;
    if (request.granularity == Granularity::Year) {
        schoolPeriods = *years;
    } else {
        auto terms = figures.schoolTrend(request.schoolId, Granularity::Term);
        if (!terms) {
            return terms.error();
        }
        schoolPeriods = std::move(terms.value());
    }
    schoolPeriods.erase(
        std::remove_if(schoolPeriods.begin(), schoolPeriods.end(),
                       [&](const PeriodFigures& p) { return !inRange(p.academicYear, out.firstYear, out.lastYear); }),
        schoolPeriods.end());
    auto laPeriods = cache != nullptr ? cache->laTrend(request.granularity) : figures.laTrend(request.granularity);
    if (!laPeriods) {
        return laPeriods.error();
    }
    out.trend = comparePeriods(schoolPeriods, *laPeriods, *national);

    // The last year as a whole, for the figures strip.
    const Period lastYear{out.lastYear, {}};
    std::vector<PeriodFigures> schoolLastYear;
    std::copy_if(years->begin(), years->end(), std::back_inserter(schoolLastYear),
                 [&](const PeriodFigures& p) { return p.academicYear == out.lastYear; });
    std::vector<PeriodFigures> laLastYear;
    if (request.granularity == Granularity::Year) {
        std::copy_if(laPeriods->begin(), laPeriods->end(), std::back_inserter(laLastYear),
                     [&](const PeriodFigures& p) { return p.academicYear == out.lastYear; });
    } else if (cache != nullptr) {
        auto la = cache->laTrend(Granularity::Year);
        if (!la) {
            return la.error();
        }
        std::copy_if(la->begin(), la->end(), std::back_inserter(laLastYear),
                     [&](const PeriodFigures& p) { return p.academicYear == out.lastYear; });
    } else {
        auto la = figures.laTrend(Granularity::Year, {}, lastYear);
        if (!la) {
            return la.error();
        }
        laLastYear = std::move(la.value());
    }
    const std::vector<ComparedPeriod> strip = comparePeriods(schoolLastYear, laLastYear, *national);
    if (!strip.empty()) {
        out.lastYearFigures = strip.front();
    }

    BreakdownRepository breakdowns(db);
    auto reasons = breakdowns.reasonShares(Scope::school(request.schoolId), lastYear);
    auto laReasons = cache != nullptr ? cache->laReasons(lastYear) : breakdowns.reasonShares(Scope::la(), lastYear);
    auto groups = breakdowns.characteristics(Scope::school(request.schoolId), lastYear);
    Result<std::vector<GroupFigures>> laGroups = std::vector<GroupFigures>{};
    if (request.laCharacteristics) {
        laGroups =
            cache != nullptr ? cache->laCharacteristics(lastYear) : breakdowns.characteristics(Scope::la(), lastYear);
    } else if (auto held = cache != nullptr ? cache->heldLaCharacteristics(lastYear) : std::nullopt) {
        laGroups = std::move(*held);
    } else {
        out.laCharacteristicsPending = true;
    }
    for (const Error* e : {reasons ? nullptr : &reasons.error(), laReasons ? nullptr : &laReasons.error(),
                           groups ? nullptr : &groups.error(), laGroups ? nullptr : &laGroups.error()}) {
        if (e != nullptr) {
            return *e;
        }
    }
    out.reasons = std::move(reasons.value());
    out.laReasons = std::move(laReasons.value());
    splitYearGroups(std::move(groups.value()), out.characteristics, out.yearGroups);
    splitYearGroups(std::move(laGroups.value()), out.laCharacteristics, out.laYearGroups);

    auto repeat =
        cache != nullptr ? cache->repeatMeasures(out.lastYear) : RepeatMeasuresRepository(db).measures(out.lastYear);
    if (!repeat) {
        return repeat.error();
    }
    out.repeat = rowFor(*repeat, request.schoolId);
    out.laRepeat = rowFor(*repeat, 0);
    auto pip =
        cache != nullptr ? cache->pipEngagement(out.lastYear) : PipEngagementRepository(db).engagement(out.lastYear);
    if (!pip) {
        return pip.error();
    }
    out.pip = rowFor(*pip, request.schoolId);
    out.laPip = rowFor(*pip, 0);
    return out;
}

} // namespace casebook
