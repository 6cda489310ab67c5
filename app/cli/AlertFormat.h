#pragma once

#include "services/AlertService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casebook::cli {

// The stable JSON shape of one deadline (documented in docs/cli-json.md).
QJsonObject alertJson(const AlertRow& row, bool withPupil);
QJsonArray alertsJson(const std::vector<AlertRow>& rows, bool withPupil);

// CSV line of one alert (header: alertsCsvHeader()).
QString alertsCsvHeader();
QString alertCsvLine(const AlertRow& row);

} // namespace casebook::cli
