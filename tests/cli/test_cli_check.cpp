#include "CliRunner.h"
#include "QtPrinters.h"

#include "db/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

TEST(CliBasics, PrintsItsVersion)
{
    const CliResult r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("casebook-cli " CASEBOOK_VERSION));
}

TEST(CliBasics, AnUnknownCommandIsAUsageError)
{
    const CliResult r = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST(CliCheck, AHealthyDatabasePassesWithCountsPerTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ok.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    const CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Integrity:       ok")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Schema version:  %1").arg(Database::latestSchemaVersion())));
    EXPECT_TRUE(r.out.contains(QStringLiteral("reason_codes"))); // counts per table
    EXPECT_TRUE(r.out.contains(QStringLiteral("Healthy.")));
}

TEST(CliCheck, BrokenReferencesMakeItUnhealthy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-broken"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, first_day, sessions) "
                                          "VALUES (999, 998, '2024-10-01', 2)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-broken"));
    const CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("broken reference")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("NOT healthy")));
}

TEST(CliCheck, RefusesAForeignFileAndDoesNotCreateAMissingOne)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("pupils.csv"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("upn,name\n");
    f.close();
    CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), text});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Casebook database")));

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    r = runCli({QStringLiteral("check"), QStringLiteral("--db"), missing});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
} // namespace casebook::test
