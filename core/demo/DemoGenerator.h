#pragma once

#include "common/Result.h"
#include "demo/DemoConfig.h"
#include "demo/DemoContext.h"
#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"

#include <QString>
#include <QVector>

namespace casebook {
class Database;
}

namespace casebook::demo {

// Makes the demo data in memory, deterministically for the configuration's seed (no clock, no database).
Result<DemoData> generateDemoData(const DemoConfig& config, const DemoReference& reference);

// What a demo run made and how long it took.
struct DemoRunSummary
{
    QVector<DemoTableRows> tables; // every table the demo fills, with its rows afterwards
    qint64 generateMs = 0;
    qint64 writeMs = 0;
};

// Fills an empty Casebook database with demo data: refuses (and changes nothing) when the file already holds
// pupils, schools or calendar rows, so demo data never mixes with real records; marks the file as demo
// data (setting is_demo = 1) and names the fictional LA. All or nothing: one transaction.
Result<DemoRunSummary> fillDemoDatabase(Database& db, const DemoConfig& config);

} // namespace casebook::demo
