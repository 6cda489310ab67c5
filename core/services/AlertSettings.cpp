#include "services/AlertSettings.h"

#include "db/Transaction.h"
#include "repositories/SettingsRepository.h"

#include <array>

namespace casebook {

namespace {

struct Key
{
    const char* name;
    const char* label;
    int AlertThresholds::*field;
};

const std::array<Key, 4> kKeys{{
    {"alert_limit_margin_days", "Days left before the 45-day limit", &AlertThresholds::limitApproachingWithinDays},
    {"alert_repeat_suspensions_per_term", "Suspensions in a term", &AlertThresholds::repeatSuspensionsPerTerm},
    {"alert_repeat_days_per_year", "Suspension days in a year", &AlertThresholds::repeatDaysPerYear},
    {"alert_ehe_after_suspension_weeks", "Weeks from a suspension to home education",
     &AlertThresholds::eheAfterSuspensionWeeks},
}};

} // namespace

AlertThresholds loadAlertThresholds(Database& db)
{
    AlertThresholds thresholds;
    SettingsRepository settings(db);
    for (const Key& key : kKeys) {
        auto value = settings.value(QString::fromLatin1(key.name));
        bool ok = false;
        const int number = value ? value->toInt(&ok) : 0;
        if (ok && number >= 1) {
            thresholds.*key.field = number;
        }
    }
    return thresholds;
}

Status saveAlertThresholds(Database& db, const AlertThresholds& thresholds)
{
    for (const Key& key : kKeys) {
        if (thresholds.*key.field < 1) {
            return makeError(Error::Code::Invalid,
                             QStringLiteral("%1 must be at least 1.").arg(QString::fromLatin1(key.label)));
        }
    }
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SettingsRepository settings(db);
    for (const Key& key : kKeys) {
        if (Status s = settings.setValue(QString::fromLatin1(key.name), QString::number(thresholds.*key.field)); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace casebook
