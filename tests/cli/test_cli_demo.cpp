#include "CliRunner.h"
#include "QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

TEST(CliDemo, FillsANewDatabaseThatPassesTheCheckAndRefusesToFillItAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList demo = {QStringLiteral("demo"),     QStringLiteral("--db"),    path,
                              QStringLiteral("--preset"), QStringLiteral("small"),   QStringLiteral("--seed"),
                              QStringLiteral("3"),        QStringLiteral("--today"), QStringLiteral("2025-03-14")};
    const CliResult made = runCli(demo);
    ASSERT_EQ(made.exitCode, 0) << made.out.toStdString() << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("Northshire County Council (demo)")));
    EXPECT_TRUE(made.out.contains(QStringLiteral("2022/23 to 2024/25")));
    EXPECT_TRUE(made.out.contains(QStringLiteral("suspensions")));
    EXPECT_TRUE(made.out.contains(QStringLiteral("Generated in")));

    const CliResult check = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Healthy.")));

    const CliResult again = runCli(demo);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.err.toStdString();
}

TEST(CliDemo, RejectsUnknownPresetsAndBadNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.sqlite"));
    const CliResult preset = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--preset"), QStringLiteral("enormous")});
    EXPECT_EQ(preset.exitCode, 2);
    EXPECT_TRUE(preset.err.contains(QStringLiteral("unknown preset 'enormous'")));
    const CliResult schools = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--schools"), QStringLiteral("two")});
    EXPECT_EQ(schools.exitCode, 2);
    const CliResult tooFew = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--schools"), QStringLiteral("3")});
    EXPECT_EQ(tooFew.exitCode, 2);
    EXPECT_TRUE(tooFew.err.contains(QStringLiteral("between 4 and")));
    const CliResult today = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--today"),
                                    QStringLiteral("14/03/2025")});
    EXPECT_EQ(today.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path)); // nothing is created when the arguments are wrong
}

} // namespace
} // namespace casebook::test
