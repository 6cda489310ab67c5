#pragma once

#include "history/SupportTried.h"

#include <QString>

#include <map>
#include <vector>

namespace casebook {

// The "support tried" summary as rich text for the history tab: for each permanent exclusion, every avenue with
// when it was tried, gaps in bold red ("Not tried before the exclusion") and a count of gaps; "No permanent
// exclusion" when there is none.
QString supportTriedHtml(const std::vector<SupportBeforeExclusion>& exclusions,
                         const std::map<qint64, QString>& schoolNames);

} // namespace casebook
