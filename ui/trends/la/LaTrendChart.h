#pragma once

#include "analytics/LaDashboardQuery.h"
#include "analytics/SmallNumbers.h"

namespace casebook {

namespace charts {
class ChartPanel;
}

// Draws the LA trend by academic year into the panel: suspension and permanent exclusion rates (two axes: the
// exclusion rate is about a hundredth of the suspension rate) beside the national rates as dashed lines, with
// tooltips, and fills the panel's table with the same figures. Years without an LA rate (no school with a
// roll) are gaps, never zeros. Replaces whatever the panel showed before.
void showLaTrend(charts::ChartPanel& panel, const LaDashboardData& data, const SmallNumberPolicy& policy);

} // namespace casebook
