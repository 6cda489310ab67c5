#include "analytics/SmallNumbers.h"

#include "analytics/Rates.h"
#include "db/Transaction.h"
#include "repositories/SettingsRepository.h"

namespace casebook {

namespace {

const QString kEnabledKey = QStringLiteral("small_numbers_enabled");
const QString kThresholdKey = QStringLiteral("small_numbers_threshold");

} // namespace

QString countText(qint64 count, const SmallNumberPolicy& policy)
{
    if (policy.suppresses(count)) {
        return QStringLiteral("fewer than %1").arg(policy.threshold);
    }
    return QString::number(count);
}

QString notShownText()
{
    return QStringLiteral("not shown");
}

QString figureText(std::optional<double> value, qint64 fromCount, const SmallNumberPolicy& policy,
                   const QString& missing)
{
    if (value && policy.suppresses(fromCount)) {
        return notShownText();
    }
    return figureText(value, missing);
}

std::optional<double> shownFigure(std::optional<double> value, qint64 fromCount, const SmallNumberPolicy& policy)
{
    if (policy.suppresses(fromCount)) {
        return std::nullopt;
    }
    return value;
}

SmallNumberPolicy loadSmallNumberPolicy(Database& db)
{
    SmallNumberPolicy policy;
    SettingsRepository settings(db);
    if (auto enabled = settings.value(kEnabledKey)) {
        policy.enabled = *enabled == QLatin1String("1");
    }
    if (auto threshold = settings.value(kThresholdKey)) {
        bool ok = false;
        const int number = threshold->toInt(&ok);
        if (ok && number >= SmallNumberPolicy::kMinimumThreshold && number <= SmallNumberPolicy::kMaximumThreshold) {
            policy.threshold = number;
        }
    }
    return policy;
}

Status saveSmallNumberPolicy(Database& db, const SmallNumberPolicy& policy)
{
    if (policy.threshold < SmallNumberPolicy::kMinimumThreshold ||
        policy.threshold > SmallNumberPolicy::kMaximumThreshold) {
        return makeError(Error::Code::Invalid, QStringLiteral("Small numbers: the threshold must be from %1 to %2.")
                                                   .arg(SmallNumberPolicy::kMinimumThreshold)
                                                   .arg(SmallNumberPolicy::kMaximumThreshold));
    }
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    SettingsRepository settings(db);
    if (Status s = settings.setValue(kEnabledKey, policy.enabled ? QStringLiteral("1") : QStringLiteral("0")); !s) {
        return s;
    }
    if (Status s = settings.setValue(kThresholdKey, QString::number(policy.threshold)); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace casebook
