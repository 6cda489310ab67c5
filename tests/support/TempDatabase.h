#pragma once

#include "QtPrinters.h"
#include "db/Database.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace casebook::test {

// A freshly created and migrated database in a temporary folder, one per test.
class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    Database& db() { return *m_db; }
    QSqlDatabase sql() const { return m_db->connection(); }
    QString path() const { return m_path; }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    // Runs a statement directly (tests only; application code goes through repositories).
    bool exec(const QString& sql);
    qint64 count(const QString& table);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace casebook::test
