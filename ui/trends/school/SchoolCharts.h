#pragma once

#include "analytics/SchoolDashboardQuery.h"
#include "analytics/SmallNumbers.h"

namespace casebook::charts {
class ChartPanel;
}

namespace casebook::school {

// Which rate a trend panel draws.
enum class TrendMeasure
{
    Suspension,
    PermanentExclusion,
};

// Each function redraws one panel of the school dashboard from the loaded data: the chart, the table of the
// same figures, the tooltips and the note. Counts the policy hides are "fewer than N" in tables and tooltips,
// and the rates worked out from them are neither drawn nor written ("not shown").

// The school's rate per period beside the LA's (and the national rate for whole years); periods with no roll
// or when the school was not open are gaps, never 0.
void fillTrend(charts::ChartPanel& panel, const SchoolDashboard& d, TrendMeasure measure,
               const SmallNumberPolicy& policy);

// Reasons for suspensions in the last year as a share of reasons given, the school's beside the LA's.
void fillReasons(charts::ChartPanel& panel, const SchoolDashboard& d, const SmallNumberPolicy& policy);

// Suspension rate per group of one dimension (kBySex ...), the school's beside the LA's.
void fillCharacteristics(charts::ChartPanel& panel, const SchoolDashboard& d, const QString& dimension,
                         const SmallNumberPolicy& policy);

// Suspension rate per year group, the school's beside the LA's.
void fillYearGroups(charts::ChartPanel& panel, const SchoolDashboard& d, const SmallNumberPolicy& policy);

// The characteristic dimensions the dashboard offers, in order, and their names ("Free school meals").
QStringList characteristicDimensions();
QString dimensionLabel(const QString& dimension);

// "Aut 24" (autumn 2024/25) or "2024/25"; longLabel: "Autumn 2024/25".
QString periodShortLabel(const PeriodFigures& p);
QString periodLongLabel(const PeriodFigures& p);

// "no roll" / "not open" / the rate / "not shown" when `count` is hidden.
QString rateCell(const PeriodFigures& p, std::optional<double> rate, qint64 count, const SmallNumberPolicy& policy);
// "not open" or the count as the policy shows it.
QString countCell(const PeriodFigures& p, qint64 count, const SmallNumberPolicy& policy);

} // namespace casebook::school
