#pragma once

#include "QtPrinters.h"

#include "db/Database.h"
#include "demo/DemoConfig.h"
#include "demo/DemoGenerator.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace casebook::demo::test {

// The date every demo test's data runs up to, so results never depend on the day the tests run.
inline QDate demoToday()
{
    return QDate(2025, 3, 14);
}

inline DemoConfig smallConfig(quint64 seed = 1)
{
    DemoConfig config = *DemoConfig::fromPreset(QStringLiteral("small"));
    config.seed = seed;
    config.today = demoToday();
    return config;
}

// A new database in its own folder, filled with the small preset.
struct FilledDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    DemoRunSummary summary;

    bool fill(const DemoConfig& config, QString* error = nullptr);
    QSqlDatabase sql() const { return db->connection(); }
};

// Runs a query expected to give one number.
double number(const QSqlDatabase& db, const QString& sql);

} // namespace casebook::demo::test
