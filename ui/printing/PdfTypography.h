#pragma once

#include <QColor>
#include <QFont>

namespace casebook::printing {

// The type styles every Casebook document uses, so that reports look alike. Sizes are in points.
enum class TextStyle
{
    Title,       // 16 pt bold: the document's title on its first page
    Heading,     // 12 pt bold: a section
    Subheading,  // 10 pt bold: a part of a section
    Body,        // 9 pt: paragraphs and table cells
    BodyBold,    // 9 pt bold: emphasised cells, keys of key/value blocks
    TableHeader, // 8 pt bold: column headings
    Small,       // 8 pt: header and footer lines, notes
    Marking,     // 9 pt bold: the protective marking
};

// DejaVu Sans (installed with fonts-dejavu-core; Qt falls back to a sans serif font elsewhere) in `style`.
QFont documentFont(TextStyle style);

// Colours: ink for text, rules between rows, the table heading band and the shading of alternate rows.
struct DocumentColours
{
    static QColor ink() { return {0x1a, 0x1a, 0x1a}; }
    static QColor muted() { return {0x55, 0x55, 0x55}; }
    static QColor rule() { return {0xb8, 0xb8, 0xb8}; }
    static QColor headerBand() { return {0xdd, 0xe3, 0xea}; }
    static QColor shading() { return {0xf4, 0xf6, 0xf8}; }
};

} // namespace casebook::printing
