#pragma once

#include "common/Result.h"
#include "rules/AlertThresholds.h"

namespace casebook {

class Database;

// The alert thresholds as stored in the settings table (keys alert_*), each falling back to its default when
// absent or not a positive whole number.
AlertThresholds loadAlertThresholds(Database& db);
// Stores all four thresholds in one transaction. Values below 1 are refused with a message naming the setting.
Status saveAlertThresholds(Database& db, const AlertThresholds& thresholds);

} // namespace casebook
