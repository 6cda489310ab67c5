#pragma once

#include <QString>

#include <optional>

namespace casebook {

// The arithmetic every analytics figure shares, kept pure so it is table-tested. "No value" is always a
// distinct state (std::nullopt), never a division by zero or a 0 that looks like a real rate.

// count per 100 pupils on roll (the DfE rates); nullopt when there is no roll figure or it is 0 ("no roll").
std::optional<double> ratePer100(qint64 count, std::optional<qint64> headcount);

// part as a percentage of whole; nullopt when whole is 0 (nothing to share out).
std::optional<double> sharePercent(qint64 part, qint64 whole);

// rate / otherRate (disproportionality, school against LA); nullopt when either is missing or otherRate is 0.
std::optional<double> rateRatio(std::optional<double> rate, std::optional<double> otherRate);

// A value to two decimals ("9.33"), or `missing` ("no roll") when there is none.
QString figureText(std::optional<double> value, const QString& missing = QStringLiteral("no roll"));

} // namespace casebook
