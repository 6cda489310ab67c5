#pragma once

#include "PdfContent.h"

#include <QColor>
#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPaintDevice;

namespace casebook::printing {

// One thing to paint on a page, in device units from the page's top left corner.
struct PdfItem
{
    enum class Kind
    {
        Text,    // `text` in `style` with its baseline starting at `at`
        Fill,    // `rect` filled with `colour`
        Line,    // `line` as a hairline in `colour`
        Picture, // `drawer` called for `rect`
    };
    Kind kind = Kind::Text;
    QPointF at;
    QRectF rect;
    QLineF line;
    QString text;
    TextStyle style = TextStyle::Body;
    QColor colour;
    const PictureDrawer* drawer = nullptr; // points into the blocks laid out, which outlive the pages
};

struct PdfPage
{
    std::vector<PdfItem> items;
};

// Where content may go on every page, in device units.
struct PdfGeometry
{
    QRectF body;
    qreal unitsPerMm = 1;
};

// Lays `blocks` out on pages of `geometry`, measuring text on `device` (the PDF writer, so that what is measured
// is what is painted). Pure layout: nothing is painted, so the page count is known before the first footer.
std::vector<PdfPage> layOutBlocks(const std::vector<PdfBlock>& blocks, const PdfGeometry& geometry,
                                  const QPaintDevice& device);

// `text` broken into lines no wider than `width` (at word boundaries, or anywhere in a word too long for a line);
// '\n' starts a new line. Each line with its natural width.
struct WrappedLine
{
    QString text;
    qreal width = 0;
};
std::vector<WrappedLine> wrapText(const QString& text, const QFont& font, qreal width, const QPaintDevice& device);

} // namespace casebook::printing
