#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace casebook {

class Database;

// Small numbers on screens that may be shared (issue 6), after DfE practice: a count from 1 to threshold - 1
// is shown as "fewer than <threshold>"; 0 is shown as 0 (an absence reveals no pupil); a rate, share or ratio
// computed from a suppressed count is not shown either ("not shown"), since the rate and the roll give the
// count back. Off by default: officers working a case need the exact figures.
struct SmallNumberPolicy
{
    static constexpr int kDefaultThreshold = 5;
    static constexpr int kMinimumThreshold = 2;  // 1 would hide nothing
    static constexpr int kMaximumThreshold = 20; // beyond this nearly every school figure would be hidden

    bool enabled = false;
    int threshold = kDefaultThreshold;

    // True when `count` must not be shown: enabled and 0 < count < threshold.
    bool suppresses(qint64 count) const { return enabled && count > 0 && count < threshold; }
};

// The count as text: "fewer than 5" when the policy suppresses it, the number otherwise ("0" stays "0").
QString countText(qint64 count, const SmallNumberPolicy& policy);

// A figure (rate, share, ratio) to two decimals, `missing` when absent ("no roll"), and "not shown" when the
// count it was computed from is suppressed.
QString figureText(std::optional<double> value, qint64 fromCount, const SmallNumberPolicy& policy,
                   const QString& missing = QStringLiteral("no roll"));

// The figure when it may be shown (drawn in a chart), nullopt when absent or computed from a suppressed count.
std::optional<double> shownFigure(std::optional<double> value, qint64 fromCount, const SmallNumberPolicy& policy);

// The text a screen shows for a suppressed rate.
QString notShownText();

// Stored in the settings table (keys small_numbers_enabled, small_numbers_threshold), as AlertSettings are;
// an absent or unreadable value falls back to the default (off, 5).
SmallNumberPolicy loadSmallNumberPolicy(Database& db);
// Saves both in one transaction; a threshold outside 2-20 is refused with a message naming the setting.
Status saveSmallNumberPolicy(Database& db, const SmallNumberPolicy& policy);

} // namespace casebook
