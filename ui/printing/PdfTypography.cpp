#include "PdfTypography.h"

namespace casebook::printing {

QFont documentFont(TextStyle style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No shaping for plain Latin text: no ligatures, so that "fi" in "first" is two letters when the PDF's text
    // is searched or copied (with ligatures pdftotext reads U+FB01), and layout is faster.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case TextStyle::Title:
        font.setPointSizeF(16);
        font.setBold(true);
        break;
    case TextStyle::Heading:
        font.setPointSizeF(12);
        font.setBold(true);
        break;
    case TextStyle::Subheading:
        font.setPointSizeF(10);
        font.setBold(true);
        break;
    case TextStyle::Body:
        font.setPointSizeF(9);
        break;
    case TextStyle::BodyBold:
        font.setPointSizeF(9);
        font.setBold(true);
        break;
    case TextStyle::TableHeader:
        font.setPointSizeF(8);
        font.setBold(true);
        break;
    case TextStyle::Small:
        font.setPointSizeF(8);
        break;
    case TextStyle::Marking:
        font.setPointSizeF(9);
        font.setBold(true);
        break;
    }
    return font;
}

} // namespace casebook::printing
