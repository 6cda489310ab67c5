#include "analytics/Rates.h"

namespace casebook {

std::optional<double> ratePer100(qint64 count, std::optional<qint64> headcount)
{
    if (!headcount || *headcount <= 0) {
        return std::nullopt;
    }
    return 100.0 * static_cast<double>(count) / static_cast<double>(*headcount);
}

std::optional<double> sharePercent(qint64 part, qint64 whole)
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<double> rateRatio(std::optional<double> rate, std::optional<double> otherRate)
{
    if (!rate || !otherRate || *otherRate <= 0.0) {
        return std::nullopt;
    }
    return *rate / *otherRate;
}

QString figureText(std::optional<double> value, const QString& missing)
{
    return value ? QString::number(*value, 'f', 2) : missing;
}

} // namespace casebook
