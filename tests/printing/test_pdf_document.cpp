#include "PdfText.h"
#include "QtPrinters.h"

#include "PdfDocument.h"
#include "PdfLayout.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using namespace casebook::printing;

PdfPageSetup testSetup()
{
    PdfPageSetup setup;
    setup.title = QStringLiteral("Test report");
    setup.subtitle = QStringLiteral("Bloggs, Jo \u00b7 UPN A938400111001");
    setup.generatedOn = QDate(2026, 3, 2);
    return setup;
}

// A cell long enough to wrap over several lines, starting and ending with markers naming its row.
QString longCell(int row)
{
    QString text = QStringLiteral("Begins%1 ").arg(row);
    for (int i = 0; i < 30; ++i) {
        text += QStringLiteral("word ");
    }
    return text + QStringLiteral("Ends%1").arg(row);
}

class PdfDocumentTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TEST_F(PdfDocumentTest, EveryPageCarriesTheMarkingTitleAndPageNOfM)
{
    PdfDocument doc(testSetup());
    doc.addTitle(QStringLiteral("Test report"));
    PdfTable table;
    table.columns = {{QStringLiteral("Number"), 25}, {QStringLiteral("Description")}};
    for (int i = 1; i <= 300; ++i) {
        table.rows.push_back({{QStringLiteral("Item%1").arg(i), QStringLiteral("Row of the long table")}});
    }
    doc.addTable(table);
    const QString file = path(QStringLiteral("pages.pdf"));
    auto pages = doc.write(file);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    ASSERT_GE(*pages, 4);
    EXPECT_EQ(PdfText::pages(file), *pages);
    for (int p = 1; p <= *pages; ++p) {
        const QString text = PdfText::text(file, p);
        SCOPED_TRACE(p);
        EXPECT_EQ(text.count(QStringLiteral("OFFICIAL-SENSITIVE")), 2) << text.toStdString(); // header and footer
        EXPECT_EQ(text.count(QStringLiteral("Test report")), p == 1 ? 3 : 2);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(*pages)));
        EXPECT_TRUE(text.contains(QStringLiteral("Generated 02/03/2026")));
        EXPECT_TRUE(text.contains(QStringLiteral("Bloggs, Jo")));
        // The marking is the first line and the last line of the page.
        const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
        EXPECT_EQ(lines.first().trimmed(), QStringLiteral("OFFICIAL-SENSITIVE"));
        EXPECT_EQ(lines.last().trimmed(), QStringLiteral("OFFICIAL-SENSITIVE"));
    }
    // Every row is there exactly once.
    const QString all = PdfText::text(file);
    for (int i = 1; i <= 300; ++i) {
        ASSERT_EQ(all.count(QRegularExpression(QStringLiteral("\\bItem%1\\b").arg(i))), 1) << i;
    }
}

TEST_F(PdfDocumentTest, ATableOverPagesRepeatsItsHeaderAndNeverSplitsARow)
{
    PdfDocument doc(testSetup());
    doc.addHeading(QStringLiteral("Events"));
    PdfTable table;
    table.columns = {{QStringLiteral("WhenColumn"), 30},
                     {QStringLiteral("WhatColumn"), 0, 2},
                     {QStringLiteral("NotesColumn"), 0, 1}};
    const int rows = 120;
    for (int i = 1; i <= rows; ++i) {
        table.rows.push_back({{QStringLiteral("01/09/2024"), longCell(i), QStringLiteral("Short%1").arg(i)}});
    }
    doc.addTable(table);
    const QString file = path(QStringLiteral("table.pdf"));
    auto pages = doc.write(file);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    ASSERT_GE(*pages, 3);
    std::vector<int> beginsOn(rows + 1, 0);
    std::vector<int> endsOn(rows + 1, 0);
    for (int p = 1; p <= *pages; ++p) {
        const QString text = PdfText::text(file, p);
        SCOPED_TRACE(p);
        // The header row is on every page, above the first row of the page.
        const qsizetype header = text.indexOf(QStringLiteral("WhatColumn"));
        ASSERT_GE(header, 0);
        EXPECT_TRUE(text.contains(QStringLiteral("WhenColumn")));
        EXPECT_TRUE(text.contains(QStringLiteral("NotesColumn")));
        EXPECT_EQ(text.count(QStringLiteral("WhatColumn")), 1);
        EXPECT_LT(header, text.indexOf(QStringLiteral("Begins")));
        for (int i = 1; i <= rows; ++i) {
            if (text.contains(QRegularExpression(QStringLiteral("\\bBegins%1\\b").arg(i)))) {
                beginsOn[i] = p;
            }
            if (text.contains(QRegularExpression(QStringLiteral("\\bEnds%1\\b").arg(i)))) {
                endsOn[i] = p;
            }
        }
    }
    for (int i = 1; i <= rows; ++i) {
        EXPECT_GT(beginsOn[i], 0) << "row " << i;
        EXPECT_EQ(beginsOn[i], endsOn[i]) << "row " << i << " is split over pages";
    }
}

TEST_F(PdfDocumentTest, LongTextWrapsWithinTheMargins)
{
    PdfDocument doc(testSetup());
    QString paragraph;
    for (int i = 1; i <= 400; ++i) {
        paragraph += QStringLiteral("w%1 ").arg(i);
    }
    paragraph +=
        QStringLiteral("Averyveryverylongwordwithnospacesthatcannotfitonasinglelineofthepageandmustbebrokenanywhere"
                       "becausethereisnowordboundaryatallinsideitwhatsoeverforthewrappertouse");
    doc.addParagraph(paragraph);
    const QString file = path(QStringLiteral("wrap.pdf"));
    auto pages = doc.write(file);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    const QString text = PdfText::text(file, 1);
    // Every word is there, in order, over many lines.
    qsizetype at = 0;
    for (int i = 1; i <= 400; ++i) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\bw%1\\b").arg(i)).match(text, at);
        ASSERT_TRUE(m.hasMatch()) << i;
        at = m.capturedEnd();
    }
    const qsizetype first = text.indexOf(QStringLiteral("w1 "));
    const qsizetype last = text.indexOf(QStringLiteral("w400"));
    EXPECT_GE(text.mid(first, last - first).count(QLatin1Char('\n')), 8);
    EXPECT_TRUE(text.simplified().remove(QLatin1Char(' ')).contains(QStringLiteral("Averyveryverylongword")));
}

TEST_F(PdfDocumentTest, WrappedLinesFitTheWidth)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const QFont font = documentFont(TextStyle::Body);
    const QString text = QStringLiteral("The pupil was supported by the outreach team from September, with weekly "
                                        "sessions in school and a review at the panel in December.\nSecond line.");
    for (const qreal width : {400.0, 700.0, 1200.0}) {
        const std::vector<WrappedLine> lines = wrapText(text, font, width, writer);
        ASSERT_GE(lines.size(), 2u);
        QStringList words;
        for (const WrappedLine& line : lines) {
            EXPECT_LE(line.width, width + 0.01) << line.text.toStdString();
            words << line.text;
        }
        EXPECT_EQ(words.join(QLatin1Char(' ')).simplified(),
                  QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        EXPECT_EQ(lines.back().text, QStringLiteral("Second line."));
    }
}

// The heading must land on the page of what follows it, wherever the page break falls.
TEST_F(PdfDocumentTest, AHeadingIsKeptWithWhatFollows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const qreal unitsPerMm = 300 / 25.4;
    const PdfGeometry geometry{QRectF(200, 200, 2000, 3000), unitsPerMm};
    for (int filler = 40; filler < 110; ++filler) {
        std::vector<PdfBlock> blocks;
        for (int i = 0; i < filler; ++i) {
            PdfBlock line;
            line.text = QStringLiteral("Filler %1").arg(i);
            line.spaceBeforeMm = 0.01;
            blocks.push_back(line);
        }
        PdfBlock heading;
        heading.style = TextStyle::Heading;
        heading.text = QStringLiteral("TheHeading");
        heading.keepWithNext = true;
        blocks.push_back(heading);
        PdfBlock table;
        table.kind = PdfBlock::Kind::Table;
        table.table.columns = {{QStringLiteral("ColumnA")}};
        table.table.rows = {{{QStringLiteral("FirstRow")}}, {{QStringLiteral("SecondRow")}}};
        blocks.push_back(table);
        const std::vector<PdfPage> pages = layOutBlocks(blocks, geometry, writer);
        auto pageOf = [&](const QString& text) {
            for (std::size_t p = 0; p < pages.size(); ++p) {
                for (const PdfItem& item : pages[p].items) {
                    if (item.kind == PdfItem::Kind::Text && item.text == text) {
                        return static_cast<int>(p);
                    }
                }
            }
            return -1;
        };
        SCOPED_TRACE(filler);
        ASSERT_GE(pageOf(QStringLiteral("TheHeading")), 0);
        EXPECT_EQ(pageOf(QStringLiteral("TheHeading")), pageOf(QStringLiteral("ColumnA")));
        EXPECT_EQ(pageOf(QStringLiteral("TheHeading")), pageOf(QStringLiteral("FirstRow")));
        // Nothing is placed outside the body.
        for (const PdfPage& page : pages) {
            for (const PdfItem& item : page.items) {
                if (item.kind == PdfItem::Kind::Text) {
                    EXPECT_LE(item.at.y(), geometry.body.bottom());
                    EXPECT_GE(item.at.y(), geometry.body.top());
                }
            }
        }
    }
}

// A heading before a table whose first row is taller than a page still starts on the page where the table does
// (with its header and the row's first lines), never alone at the foot of the page before.
TEST_F(PdfDocumentTest, AHeadingBeforeARowTallerThanAPageStaysWithTheTable)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const PdfGeometry geometry{QRectF(200, 200, 2000, 3000), 300 / 25.4};
    QStringList lines;
    for (int i = 1; i <= 200; ++i) {
        lines << QStringLiteral("Line%1").arg(i);
    }
    for (int filler = 20; filler < 90; filler += 7) {
        std::vector<PdfBlock> blocks;
        for (int i = 0; i < filler; ++i) {
            PdfBlock line;
            line.text = QStringLiteral("Filler %1").arg(i);
            blocks.push_back(line);
        }
        PdfBlock heading;
        heading.style = TextStyle::Heading;
        heading.text = QStringLiteral("TheHeading");
        heading.keepWithNext = true;
        blocks.push_back(heading);
        PdfBlock table;
        table.kind = PdfBlock::Kind::Table;
        table.table.columns = {{QStringLiteral("ColumnA")}};
        table.table.rows = {{{lines.join(QLatin1Char('\n'))}}};
        blocks.push_back(table);
        const std::vector<PdfPage> pages = layOutBlocks(blocks, geometry, writer);
        auto pageOf = [&](const QString& text) {
            for (std::size_t p = 0; p < pages.size(); ++p) {
                for (const PdfItem& item : pages[p].items) {
                    if (item.kind == PdfItem::Kind::Text && item.text == text) {
                        return static_cast<int>(p);
                    }
                }
            }
            return -1;
        };
        SCOPED_TRACE(filler);
        ASSERT_GE(pageOf(QStringLiteral("TheHeading")), 0);
        EXPECT_EQ(pageOf(QStringLiteral("TheHeading")), pageOf(QStringLiteral("ColumnA")));
        EXPECT_EQ(pageOf(QStringLiteral("TheHeading")), pageOf(QStringLiteral("Line1")));
        for (int i = 1; i <= 200; ++i) {
            ASSERT_GE(pageOf(QStringLiteral("Line%1").arg(i)), 0) << i; // nothing lost
        }
    }
}

TEST_F(PdfDocumentTest, ARowTallerThanAPageIsCutBetweenLinesAndLosesNothing)
{
    PdfDocument doc(testSetup());
    PdfTable table;
    table.columns = {{QStringLiteral("Note"), 30}, {QStringLiteral("Text")}};
    QStringList lines;
    for (int i = 1; i <= 150; ++i) {
        lines << QStringLiteral("Line%1").arg(i);
    }
    table.rows.push_back({{QStringLiteral("Long"), lines.join(QLatin1Char('\n'))}});
    doc.addTable(table);
    const QString file = path(QStringLiteral("tall.pdf"));
    auto pages = doc.write(file);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_GE(*pages, 2);
    const QString all = PdfText::text(file);
    for (int i = 1; i <= 150; ++i) {
        EXPECT_EQ(all.count(QRegularExpression(QStringLiteral("\\bLine%1\\b").arg(i))), 1) << i;
    }
    EXPECT_TRUE(PdfText::text(file, 2).contains(QStringLiteral("Text"))); // the header repeated
}

TEST_F(PdfDocumentTest, APictureIsDrawnByItsCallbackInABlockOfTheGivenHeight)
{
    PdfDocument doc(testSetup());
    doc.addParagraph(QStringLiteral("Above the picture"));
    QRectF given;
    int calls = 0;
    doc.addPicture(50, [&](QPainter& painter, const QRectF& rect) {
        ++calls;
        given = rect;
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("Timeline drawn here"));
    });
    doc.addParagraph(QStringLiteral("Below the picture"));
    const QString file = path(QStringLiteral("picture.pdf"));
    auto pages = doc.write(file);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_EQ(calls, 1);
    EXPECT_NEAR(given.height(), 50 * 300 / 25.4, 0.5);
    EXPECT_NEAR(given.width(), (210 - 36) * 300 / 25.4, 2.0);
    const QString text = PdfText::text(file, 1);
    const qsizetype above = text.indexOf(QStringLiteral("Above the picture"));
    const qsizetype picture = text.indexOf(QStringLiteral("Timeline drawn here"));
    const qsizetype below = text.indexOf(QStringLiteral("Below the picture"));
    EXPECT_GE(above, 0);
    EXPECT_LT(above, picture);
    EXPECT_LT(picture, below);
}

TEST_F(PdfDocumentTest, KeyValuesAndFontsAreEmbeddedAndSearchable)
{
    PdfDocument doc(testSetup());
    doc.addKeyValues({{QStringLiteral("Name"), QStringLiteral("Bloggs, Jo")},
                      {QStringLiteral("Date of birth"), QStringLiteral("01/05/2011")}});
    const QString file = path(QStringLiteral("keys.pdf"));
    ASSERT_TRUE(doc.write(file));
    const QString text = PdfText::text(file, 1);
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Name +Bloggs, Jo"))));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Date of birth +01/05/2011"))));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {file});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(fonts.readAllStandardOutput()).contains(QStringLiteral("DejaVuSans")));
}

TEST_F(PdfDocumentTest, AnUnwritablePathFailsWithAMessageAndWritesNothing)
{
    PdfDocument doc(testSetup());
    doc.addParagraph(QStringLiteral("Text"));
    const QString file = path(QStringLiteral("no-such-folder/out.pdf"));
    auto pages = doc.write(file);
    ASSERT_FALSE(pages);
    EXPECT_TRUE(pages.error().message.startsWith(QStringLiteral("Could not write the PDF to ")))
        << pages.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(PdfDocumentTest, AnEmptyTableSaysSo)
{
    PdfDocument doc(testSetup());
    PdfTable table;
    table.columns = {{QStringLiteral("Date")}};
    table.emptyText = QStringLiteral("No events recorded.");
    doc.addTable(table);
    const QString file = path(QStringLiteral("empty.pdf"));
    ASSERT_TRUE(doc.write(file));
    const QString text = PdfText::text(file, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("No events recorded.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Date\n")));
}

} // namespace
} // namespace casebook::test
