#include "analytics/LaDashboardQuery.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/OffRollingRepository.h"
#include "analytics/ReferenceRatesRepository.h"
#include "analytics/RepeatMeasuresRepository.h"
#include "analytics/SchoolFiguresRepository.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "domain/School.h"

#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

struct SchoolFacets
{
    QString phase;
    QString locality;
    QString trust;
};

Result<QHash<qint64, SchoolFacets>> loadFacets(Database& db)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT id, phase, coalesce(locality, ''), coalesce(trust_name, '') "
                                               "FROM schools"));
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QHash<qint64, SchoolFacets> facets;
    while (q.next()) {
        facets.insert(q.id(0), SchoolFacets{q.text(1), q.text(2), q.text(3)});
    }
    return facets;
}

Result<QStringList> loadStrings(Database& db, const QString& sql)
{
    SqlQuery q(db.connection(), sql);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    QStringList values;
    while (q.next()) {
        values << q.text(0);
    }
    return values;
}

// The sparkline's years: `academicYear` and the ones before it, at most LaDashboardQuery::kSparklineYears.
QStringList sparklineYears(QStringList newestFirst, const QString& academicYear)
{
    const int at = static_cast<int>(newestFirst.indexOf(academicYear));
    if (at < 0) {
        return {academicYear};
    }
    QStringList years = newestFirst.mid(at, LaDashboardQuery::kSparklineYears);
    std::reverse(years.begin(), years.end());
    return years;
}

} // namespace

int LaDashboardData::flaggedSchools() const
{
    return static_cast<int>(std::count_if(schools.begin(), schools.end(), [](const LaSchoolRow& row) {
        return row.offRolling.exitsFlagged || row.offRolling.eheFlagged;
    }));
}

Result<LaDashboardChoices> LaDashboardQuery::choices()
{
    LaDashboardChoices choices;
    auto years = loadStrings(m_db, QStringLiteral("SELECT DISTINCT academic_year FROM term_dates ORDER BY 1 DESC"));
    if (!years) {
        return years.error();
    }
    choices.academicYears = years.value();
    auto phases = loadStrings(m_db, QStringLiteral("SELECT DISTINCT phase FROM schools"));
    if (!phases) {
        return phases.error();
    }
    for (const auto& choice : phaseChoices()) {
        if (phases.value().contains(choice.second)) {
            choices.phases.push_back(choice);
        }
    }
    auto localities = loadStrings(m_db, QStringLiteral("SELECT DISTINCT locality FROM schools WHERE "
                                                       "coalesce(trim(locality), '') <> '' ORDER BY 1"));
    if (!localities) {
        return localities.error();
    }
    choices.localities = localities.value();
    auto trusts = loadStrings(m_db, QStringLiteral("SELECT DISTINCT trust_name FROM schools WHERE "
                                                   "coalesce(trim(trust_name), '') <> '' ORDER BY 1"));
    if (!trusts) {
        return trusts.error();
    }
    choices.trusts = trusts.value();
    return choices;
}

void setLaTrend(LaDashboardData& data, std::vector<PeriodFigures> laYears)
{
    data.laYears = std::move(laYears);
    data.laYear.reset();
    for (const PeriodFigures& f : data.laYears) {
        if (f.academicYear == data.academicYear) {
            data.laYear = f;
        }
    }
    data.laTrendPending = false;
}

Result<LaDashboardData> LaDashboardQuery::load(const QString& academicYear, const SchoolFilter& filter,
                                               bool withLaTrend)
{
    LaDashboardData data;
    data.academicYear = academicYear;
    data.filter = filter;

    auto years = loadStrings(m_db, QStringLiteral("SELECT DISTINCT academic_year FROM term_dates ORDER BY 1 DESC"));
    if (!years) {
        return years.error();
    }
    data.sparklineYears = sparklineYears(years.value(), academicYear);

    SchoolFiguresRepository figures(m_db);
    auto inYear = figures.schoolsInPeriod(Period{academicYear, {}}, filter);
    if (!inYear) {
        return inYear.error();
    }
    auto terms =
        figures.allSchoolsTrend(Granularity::Term, filter, data.sparklineYears.first(), data.sparklineYears.last());
    if (!terms) {
        return terms.error();
    }
    Result<std::vector<PeriodFigures>> laYears = std::vector<PeriodFigures>{};
    if (withLaTrend) {
        laYears = m_cache != nullptr ? m_cache->laTrend(Granularity::Year, filter)
                                     : figures.laTrend(Granularity::Year, filter);
    } else if (auto held = m_cache != nullptr ? m_cache->heldLaTrend(Granularity::Year, filter) : std::nullopt) {
        laYears = std::move(*held);
    } else {
        data.laTrendPending = true;
    }
    if (!laYears) {
        return laYears.error();
    }
    auto national = m_cache != nullptr ? m_cache->nationalRates() : ReferenceRatesRepository(m_db).all();
    if (!national) {
        return national.error();
    }
    auto repeat = m_cache != nullptr ? m_cache->repeatMeasures(academicYear, filter)
                                     : RepeatMeasuresRepository(m_db).measures(academicYear, filter);
    if (!repeat) {
        return repeat.error();
    }
    auto offRolling = OffRollingRepository(m_db).indicators(academicYear, filter);
    if (!offRolling) {
        return offRolling.error();
    }
    auto facets = loadFacets(m_db);
    if (!facets) {
        return facets.error();
    }

    QHash<qint64, std::size_t> rowOf;
    for (const PeriodFigures& f : inYear.value()) {
        LaSchoolRow row;
        row.year = f;
        const SchoolFacets facet = facets.value().value(f.schoolId);
        row.phase = facet.phase;
        row.locality = facet.locality;
        row.trust = facet.trust;
        row.repeat.schoolId = f.schoolId;
        row.offRolling.schoolId = f.schoolId;
        rowOf.insert(f.schoolId, data.schools.size());
        data.schools.push_back(std::move(row));
    }
    for (const PeriodFigures& f : terms.value()) {
        if (auto it = rowOf.constFind(f.schoolId); it != rowOf.constEnd()) {
            data.schools[*it].terms.push_back(f);
        }
    }
    for (const RepeatFigures& r : repeat.value()) {
        if (r.schoolId == 0) {
            data.laRepeat = r;
        } else if (auto it = rowOf.constFind(r.schoolId); it != rowOf.constEnd()) {
            data.schools[*it].repeat = r;
        }
    }
    for (const OffRollingFigures& o : offRolling.value()) {
        if (o.schoolId == 0) {
            data.laOffRolling = o;
        } else if (auto it = rowOf.constFind(o.schoolId); it != rowOf.constEnd()) {
            data.schools[*it].offRolling = o;
        }
    }
    if (!data.laTrendPending) {
        setLaTrend(data, std::move(laYears.value()));
    }
    data.national = national.value();
    return data;
}

} // namespace casebook
