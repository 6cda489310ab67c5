#pragma once

#include "PdfContent.h"
#include "ProtectiveMarking.h"
#include "common/Result.h"

#include <QDate>
#include <QMarginsF>
#include <QString>

#include <utility>
#include <vector>

namespace casebook::printing {

// What every page of a document carries, and its margins.
struct PdfPageSetup
{
    QString title;    // header (left) and footer of every page, and the PDF's title
    QString subtitle; // header (right), e.g. the pupil's name and UPN; may be empty
    ProtectiveMarking marking = ProtectiveMarking::OfficialSensitive; // centred, bold, in header and footer
    QDate generatedOn;                   // footer ("Generated dd/mm/yyyy"); today when null
    QMarginsF marginsMm{18, 12, 18, 12}; // left, top, right, bottom; header and footer sit inside them
    // Device units per inch. Text and lines are vectors at any resolution; 300 keeps text metrics exact (at 72
    // glyph advances round to whole points) while coordinates stay short.
    int resolution = 300;
};

// An A4 portrait document written with QPainter on QPdfWriter: content flows over as many pages as it needs,
// each with a header (marking, title, subtitle) and a footer (title, generated date, "Page N of M", marking).
// Blocks are collected first; write() lays every page out before painting the first, so M is always right.
// Reports build one, add their blocks in order and write it:
//
//     PdfDocument doc({QStringLiteral("Pupil history"), name});
//     doc.addTitle(QStringLiteral("Pupil history"));
//     doc.addHeading(QStringLiteral("Chronology"));
//     doc.addTable(table);
//     Status s = doc.write(path);
class PdfDocument
{
public:
    explicit PdfDocument(PdfPageSetup setup);

    const PdfPageSetup& setup() const { return m_setup; }

    void addTitle(const QString& text);
    void addHeading(const QString& text);    // kept on the same page as what follows
    void addSubheading(const QString& text); // kept on the same page as what follows
    // `keepWithNext`: an introduction that must not be left alone at the foot of a page.
    void addParagraph(const QString& text, TextStyle style = TextStyle::Body, bool keepWithNext = false);
    // Two columns, keys in bold; a value may wrap over several lines.
    void addKeyValues(const std::vector<std::pair<QString, QString>>& pairs, qreal keyWidthMm = 45);
    void addTable(PdfTable table);
    // A block `heightMm` high across the text width, drawn by `drawer` (see PictureDrawer).
    void addPicture(qreal heightMm, PictureDrawer drawer);
    void addSpace(qreal mm);
    void addPageBreak();
    void addBlock(PdfBlock block);
    void addHeadingBlock(TextStyle style, const QString& text);

    // Writes the PDF to `path`: lays every page out, then paints it. The file is replaced only when the whole
    // document was written (a failure leaves no file and an existing one untouched). Returns the page count.
    Result<int> write(const QString& path) const;

private:
    PdfPageSetup m_setup;
    std::vector<PdfBlock> m_blocks;
};

} // namespace casebook::printing
