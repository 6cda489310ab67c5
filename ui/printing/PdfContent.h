#pragma once

#include "PdfTypography.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <Qt>

#include <functional>
#include <vector>

class QPainter;

namespace casebook::printing {

// Draws a picture (the timeline, a chart) into `rect` on the page. The painter paints on the PDF itself: `rect`
// is in the PDF's device units (PdfPageSetup::resolution per inch), fonts sized in points print at that size,
// and the painter is clipped to `rect` and restored afterwards.
using PictureDrawer = std::function<void(QPainter&, const QRectF&)>;

// One column of a table. A width in millimetres is fixed; columns without one share what is left by weight.
struct PdfColumn
{
    QString header;
    qreal widthMm = 0;
    qreal weight = 1;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct PdfRow
{
    QStringList cells;     // one per column; missing cells print empty; text wraps, '\n' starts a new line
    bool emphasis = false; // the whole row in bold (e.g. a gap the panel must see)
};

// A table that flows over pages: its header row repeats at the top of each page it continues on and a row is
// never split between pages (only a row taller than a whole page is, line by line).
struct PdfTable
{
    std::vector<PdfColumn> columns;
    std::vector<PdfRow> rows;
    bool showHeader = true;
    bool shaded = true;           // alternate rows lightly shaded
    bool ruled = true;            // a hairline under each row
    bool boldFirstColumn = false; // key/value blocks
    bool keepTogether = false;    // a short table moves whole to the next page rather than break (when it fits)
    QString emptyText;            // printed instead of an empty table, e.g. "No events recorded."
};

// One piece of flowing content, in the order the document holds them.
struct PdfBlock
{
    enum class Kind
    {
        Text,
        Table,
        Picture,
        Space,
        PageBreak,
    };
    Kind kind = Kind::Text;
    TextStyle style = TextStyle::Body; // Text
    QString text;                      // Text
    bool keepWithNext = false;         // Text: never the last thing on a page (headings)
    qreal spaceBeforeMm = 0;           // dropped at the top of a page
    PdfTable table;                    // Table
    qreal heightMm = 0;                // Picture, Space
    PictureDrawer drawer;              // Picture
};

} // namespace casebook::printing
