#pragma once

#include "common/Result.h"
#include "demo/DemoConfig.h"
#include "demo/DemoContext.h"
#include "demo/DemoModel.h"

#include <QString>
#include <QVector>

namespace casebook {
class Database;
}

namespace casebook::demo {

struct DemoTableRows
{
    QString table;
    qint64 rows = 0;
};

// The demo data's repository: the only code that writes demo rows. Every table is written through
// statements prepared once (DemoBulkInsert), with ids assigned by the generator, all in one transaction.
class DemoWriter
{
public:
    explicit DemoWriter(Database& db) : m_db(db) {}

    // Success when the file holds no pupils, schools, calendar or panel rows; otherwise an error that says
    // what is there.
    Status checkEmpty();
    // The ethnicity and reason codes the file holds.
    Result<DemoReference> loadReference();
    // Writes everything, marks the file as demo data, and returns the rows per table afterwards.
    Result<QVector<DemoTableRows>> write(const DemoData& data, const DemoConfig& config);

private:
    // Drops the secondary indexes of the demo's tables; returns their CREATE statements, to run after the load.
    Result<QStringList> dropIndexes();
    Status writeSettings(const DemoConfig& config);
    Result<std::vector<qint64>> writeUsers(const DemoData& data);
    Status writeCalendar(const DemoData& data);
    Status writeSchools(const DemoData& data);
    Status writePupils(const DemoData& data);
    Status writeSuspensions(const DemoData& data);
    Status writeExclusions(const DemoData& data);
    Status writeSupport(const DemoData& data);
    Status writePanel(const DemoData& data);
    Status writeNotes(const DemoData& data, const std::vector<qint64>& userIds);
    Result<QVector<DemoTableRows>> countRows();

    Database& m_db;
    QString m_stamp; // created_at and updated_at of every row written, as the schema's {{NOW}} writes them
};

} // namespace casebook::demo
