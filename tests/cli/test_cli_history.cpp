#include "Builders.h"
#include "CliRunner.h"
#include "PdfText.h"
#include "PrintedHistoryBuilders.h"
#include "QtPrinters.h"

#include "db/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// casebook-cli history on a database holding one pupil with a rich history (tests/support/HistoryBuilders).
class CliHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("la.sqlite"));
        auto opened = Database::open(m_db);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_history = buildPrintedHistory(*opened.value());
        ASSERT_GT(m_history.pupilId, 0);
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    PrintedHistory m_history;
};

TEST_F(CliHistoryTest, WritesTheHistoryPdfOfThePupil)
{
    const QString pdf = out(QStringLiteral("history.pdf"));
    const CliResult r =
        runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"), m_history.upn,
                QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), QStringLiteral("2026-03-02")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Wrote the history of BLOGGS, Jo (12 events, ")))
        << r.out.toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    const QString text = PdfText::text(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("BLOGGS, Jo")));
    EXPECT_TRUE(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pupil history")));
    EXPECT_TRUE(text.contains(m_history.upn));
    EXPECT_TRUE(text.contains(QStringLiteral("History as on")));
    EXPECT_TRUE(text.contains(QStringLiteral("02/03/2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Not tried before the exclusion")));
    const int pages = PdfText::pages(pdf);
    ASSERT_GE(pages, 1);
    for (int p = 1; p <= pages; ++p) {
        EXPECT_EQ(PdfText::text(pdf, p).count(QStringLiteral("OFFICIAL-SENSITIVE")), 2) << "page " << p;
    }
}

TEST_F(CliHistoryTest, AsOfAnEarlierDayLeavesOutLaterEvents)
{
    const QString pdf = out(QStringLiteral("earlier.pdf"));
    const CliResult r =
        runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"), m_history.upn,
                QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), QStringLiteral("2025-01-31")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(4 events, "))) << r.out.toStdString();
    EXPECT_FALSE(PdfText::text(pdf).contains(QStringLiteral("03/11/2025")));
}

TEST_F(CliHistoryTest, AnUnknownUpnFailsWithAMessageAndWritesNothing)
{
    const QString pdf = out(QStringLiteral("nobody.pdf"));
    const QString unknown = makeUpn(938, 4001, 11, 99);
    const CliResult r = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"),
                                unknown, QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no pupil with UPN %1 is recorded; nothing was written.").arg(unknown)))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(CliHistoryTest, AnUnwritableOutputPathFailsWithAMessage)
{
    const QString pdf = out(QStringLiteral("no-such-folder/history.pdf"));
    const CliResult r = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"),
                                m_history.upn, QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not write the PDF to "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-folder"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(CliHistoryTest, WrongArgumentsAreUsageErrors)
{
    const QString pdf = out(QStringLiteral("x.pdf"));
    CliResult r =
        runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"), m_history.upn});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("history needs --upn UPN and --out FILE.pdf"))) << r.err.toStdString();
    r = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"), m_history.upn,
                QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), QStringLiteral("02/03/2026")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--as-of must be a date as YYYY-MM-DD"))) << r.err.toStdString();
    r = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--upn"),
                QStringLiteral("NOT-A-UPN"), QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

} // namespace
} // namespace casebook::test
