#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <map>

namespace casebook::printing {

namespace {

constexpr qreal kEpsilon = 0.01;
constexpr qreal kCellPaddingXMm = 1.4;
constexpr qreal kCellPaddingYMm = 0.9;
constexpr qreal kHeadingSpaceMm = 5.0;
constexpr qreal kSubheadingSpaceMm = 3.5;
constexpr qreal kParagraphSpaceMm = 2.0;
constexpr qreal kTableSpaceMm = 2.0;
constexpr qreal kPictureSpaceMm = 3.0;

QString trimRight(const QString& s)
{
    int end = static_cast<int>(s.size());
    while (end > 0 && s.at(end - 1).isSpace()) {
        --end;
    }
    return s.left(end);
}

// An unbreakable run of content: a line of a paragraph, a table row, a picture. Items are placed relative to
// the unit's top left corner.
struct Unit
{
    qreal height = 0;
    qreal spaceBefore = 0;     // dropped at the top of a page
    bool keepWithNext = false; // must share a page with the unit after it
    bool pageBreakBefore = false;
    int repeatHeader = -1; // the table header unit to repeat when this unit starts a page
    std::vector<PdfItem> items;
};

struct Metrics
{
    QFont font;
    qreal ascent = 0;
    qreal lineSpacing = 0;
};

// A cell's lines, ready to place.
struct CellLines
{
    std::vector<WrappedLine> lines;
    TextStyle style = TextStyle::Body;
    qreal x = 0;     // left of the cell's text area
    qreal width = 0; // of the text area
    Qt::Alignment alignment = Qt::AlignLeft;
};

class Layouter
{
public:
    Layouter(const PdfGeometry& geometry, const QPaintDevice& device) : m_geometry(geometry), m_device(device) {}

    std::vector<PdfPage> run(const std::vector<PdfBlock>& blocks)
    {
        for (const PdfBlock& block : blocks) {
            add(block);
        }
        return paginate();
    }

private:
    qreal mm(qreal value) const { return value * m_geometry.unitsPerMm; }
    qreal width() const { return m_geometry.body.width(); }

    const Metrics& metrics(TextStyle style)
    {
        auto it = m_metrics.find(style);
        if (it == m_metrics.end()) {
            Metrics m;
            m.font = documentFont(style);
            const QFontMetricsF fm(m.font, &m_device);
            m.ascent = fm.ascent();
            m.lineSpacing = fm.lineSpacing();
            it = m_metrics.emplace(style, m).first;
        }
        return it->second;
    }

    void push(Unit unit)
    {
        unit.spaceBefore += m_pendingSpace;
        m_pendingSpace = 0;
        m_units.push_back(std::move(unit));
    }

    static qreal defaultSpace(const PdfBlock& block)
    {
        switch (block.kind) {
        case PdfBlock::Kind::Text:
            if (block.style == TextStyle::Heading) {
                return kHeadingSpaceMm;
            }
            if (block.style == TextStyle::Subheading) {
                return kSubheadingSpaceMm;
            }
            return block.style == TextStyle::Title ? 0 : kParagraphSpaceMm;
        case PdfBlock::Kind::Table:
            return kTableSpaceMm;
        case PdfBlock::Kind::Picture:
            return kPictureSpaceMm;
        default:
            return 0;
        }
    }

    void add(const PdfBlock& block)
    {
        const qreal space = mm(block.spaceBeforeMm > 0 ? block.spaceBeforeMm : defaultSpace(block));
        switch (block.kind) {
        case PdfBlock::Kind::Text:
            addText(block, space);
            break;
        case PdfBlock::Kind::Table:
            addTable(block.table, space);
            break;
        case PdfBlock::Kind::Picture: {
            Unit unit;
            unit.spaceBefore = space;
            unit.height = mm(block.heightMm);
            PdfItem item;
            item.kind = PdfItem::Kind::Picture;
            item.rect = QRectF(0, 0, width(), unit.height);
            item.drawer = &block.drawer;
            unit.items.push_back(item);
            push(std::move(unit));
            break;
        }
        case PdfBlock::Kind::Space:
            m_pendingSpace += mm(block.heightMm);
            break;
        case PdfBlock::Kind::PageBreak: {
            Unit unit;
            unit.pageBreakBefore = true;
            m_pendingSpace = 0;
            m_units.push_back(unit);
            break;
        }
        }
    }

    void addText(const PdfBlock& block, qreal space)
    {
        const Metrics& m = metrics(block.style);
        const std::vector<WrappedLine> lines = wrapText(block.text, m.font, width(), m_device);
        const std::size_t count = lines.size();
        for (std::size_t i = 0; i < count; ++i) {
            Unit unit;
            unit.spaceBefore = i == 0 ? space : 0;
            unit.height = m.lineSpacing;
            // A heading stays with what follows; a paragraph leaves no single first or last line alone.
            unit.keepWithNext = block.keepWithNext || (count > 1 && (i == 0 || i + 2 == count));
            if (i + 1 == count && !block.keepWithNext) {
                unit.keepWithNext = false;
            }
            PdfItem item;
            item.kind = PdfItem::Kind::Text;
            item.style = block.style;
            item.text = lines[i].text;
            item.at = QPointF(0, m.ascent);
            item.colour = DocumentColours::ink();
            unit.items.push_back(item);
            push(std::move(unit));
        }
    }

    std::vector<qreal> columnWidths(const PdfTable& table) const
    {
        std::vector<qreal> widths(table.columns.size(), 0);
        qreal fixed = 0;
        qreal weights = 0;
        for (const PdfColumn& c : table.columns) {
            if (c.widthMm > 0) {
                fixed += mm(c.widthMm);
            } else {
                weights += c.weight;
            }
        }
        const qreal rest = std::max<qreal>(0, width() - fixed);
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const PdfColumn& c = table.columns[i];
            widths[i] = c.widthMm > 0 ? mm(c.widthMm) : (weights > 0 ? rest * c.weight / weights : 0);
        }
        return widths;
    }

    // The lines of one row (or of the header row), each cell wrapped to its column.
    std::vector<CellLines> wrapRow(const PdfTable& table, const std::vector<qreal>& widths, const QStringList& cells,
                                   bool header, bool emphasis)
    {
        std::vector<CellLines> row;
        qreal x = 0;
        const qreal padX = mm(kCellPaddingXMm);
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            CellLines cell;
            cell.style =
                header ? TextStyle::TableHeader
                       : ((emphasis || (table.boldFirstColumn && i == 0)) ? TextStyle::BodyBold : TextStyle::Body);
            cell.x = x + padX;
            cell.width = std::max<qreal>(1, widths[i] - 2 * padX);
            cell.alignment = table.columns[i].alignment;
            const QString text = static_cast<int>(i) < cells.size() ? cells.at(static_cast<int>(i)) : QString();
            if (!text.isEmpty()) {
                cell.lines = wrapText(text, metrics(cell.style).font, cell.width, m_device);
            }
            row.push_back(std::move(cell));
            x += widths[i];
        }
        return row;
    }

    // Text items for lines [from, to) of each cell (by line index), as a unit; `rowTop` is where line 0 of the
    // cells would start, `unitTop` where this unit starts (both relative to the row).
    void placeCells(Unit& unit, const std::vector<CellLines>& row, const std::vector<std::size_t>& from,
                    const std::vector<std::size_t>& to, qreal offset)
    {
        const qreal padY = mm(kCellPaddingYMm);
        for (std::size_t c = 0; c < row.size(); ++c) {
            const CellLines& cell = row[c];
            const Metrics& m = metrics(cell.style);
            for (std::size_t l = from[c]; l < to[c]; ++l) {
                const WrappedLine& line = cell.lines[l];
                qreal x = cell.x;
                if (cell.alignment & Qt::AlignRight) {
                    x += cell.width - line.width;
                } else if (cell.alignment & Qt::AlignHCenter) {
                    x += (cell.width - line.width) / 2;
                }
                PdfItem item;
                item.kind = PdfItem::Kind::Text;
                item.style = cell.style;
                item.text = line.text;
                item.at = QPointF(x, padY + static_cast<qreal>(l) * m.lineSpacing + m.ascent - offset);
                item.colour = DocumentColours::ink();
                unit.items.push_back(item);
            }
        }
    }

    static qreal cellHeight(const CellLines& cell, const Metrics& m)
    {
        return static_cast<qreal>(cell.lines.size()) * m.lineSpacing;
    }

    void decorate(Unit& unit, const PdfTable& table, bool header, bool shade) const
    {
        std::vector<PdfItem> back;
        if (header || shade) {
            PdfItem fill;
            fill.kind = PdfItem::Kind::Fill;
            fill.rect = QRectF(0, 0, width(), unit.height);
            fill.colour = header ? DocumentColours::headerBand() : DocumentColours::shading();
            back.push_back(fill);
        }
        if (header || table.ruled) {
            PdfItem rule;
            rule.kind = PdfItem::Kind::Line;
            rule.line = QLineF(0, unit.height, width(), unit.height);
            rule.colour = header ? DocumentColours::muted() : DocumentColours::rule();
            unit.items.push_back(rule);
        }
        unit.items.insert(unit.items.begin(), back.begin(), back.end());
    }

    void addTable(const PdfTable& table, qreal space)
    {
        if (table.rows.empty() || table.columns.empty()) {
            if (!table.emptyText.isEmpty()) {
                PdfBlock text;
                text.text = table.emptyText;
                addText(text, space);
            }
            return;
        }
        const std::vector<qreal> widths = columnWidths(table);
        const qreal padY = mm(kCellPaddingYMm);
        int headerIndex = -1;
        qreal headerHeight = 0;
        if (table.showHeader) {
            QStringList titles;
            for (const PdfColumn& c : table.columns) {
                titles << c.header;
            }
            const std::vector<CellLines> row = wrapRow(table, widths, titles, true, false);
            Unit unit;
            unit.spaceBefore = space;
            space = 0;
            unit.keepWithNext = true;
            for (const CellLines& cell : row) {
                unit.height = std::max(unit.height, cellHeight(cell, metrics(cell.style)));
            }
            unit.height += 2 * padY;
            placeCells(unit, row, std::vector<std::size_t>(row.size(), 0), lineCounts(row), 0);
            decorate(unit, table, true, false);
            headerHeight = unit.height;
            push(std::move(unit));
            headerIndex = static_cast<int>(m_units.size()) - 1;
        }
        const qreal tallest = m_geometry.body.height() - headerHeight;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const PdfRow& source = table.rows[r];
            const std::vector<CellLines> row = wrapRow(table, widths, source.cells, false, source.emphasis);
            qreal height = 0;
            for (const CellLines& cell : row) {
                height = std::max(height, cellHeight(cell, metrics(cell.style)));
            }
            const bool shade = table.shaded && r % 2 == 1;
            if (height + 2 * padY <= tallest + kEpsilon) {
                Unit unit;
                unit.spaceBefore = r == 0 ? space : 0;
                unit.height = height + 2 * padY;
                unit.repeatHeader = headerIndex;
                unit.keepWithNext = table.keepTogether && r + 1 < table.rows.size();
                placeCells(unit, row, std::vector<std::size_t>(row.size(), 0), lineCounts(row), 0);
                decorate(unit, table, false, shade);
                push(std::move(unit));
            } else {
                // The first piece leaves room for what is kept with it (a heading, the header) on one page.
                qreal kept = 0;
                if (r == 0 && headerIndex >= 0) {
                    kept += m_units[static_cast<std::size_t>(headerIndex)].spaceBefore;
                    for (int k = headerIndex - 1; k >= 0 && m_units[static_cast<std::size_t>(k)].keepWithNext; --k) {
                        kept += m_units[static_cast<std::size_t>(k)].height +
                                m_units[static_cast<std::size_t>(k)].spaceBefore;
                    }
                }
                const qreal firstTallest = std::max(tallest - kept, tallest / 3);
                addTallRow(table, row, tallest, firstTallest, headerIndex, shade, r == 0 ? space : 0);
            }
        }
    }

    static std::vector<std::size_t> lineCounts(const std::vector<CellLines>& row)
    {
        std::vector<std::size_t> counts;
        for (const CellLines& cell : row) {
            counts.push_back(cell.lines.size());
        }
        return counts;
    }

    // A row taller than a whole page: cut between lines into page-sized pieces (the only time a row is split); the
    // first piece is `firstTallest` high, so it shares its page with the heading and header kept with it.
    void addTallRow(const PdfTable& table, const std::vector<CellLines>& row, qreal tallest, qreal firstTallest,
                    int headerIndex, bool shade, qreal space)
    {
        const qreal padY = mm(kCellPaddingYMm);
        std::vector<std::size_t> from(row.size(), 0);
        qreal offset = 0; // where this piece starts, in the row's line coordinates (without padding)
        bool first = true;
        while (true) {
            std::vector<std::size_t> to = from;
            qreal bottom = offset;
            bool more = false;
            const qreal limit = first ? firstTallest : tallest;
            for (std::size_t c = 0; c < row.size(); ++c) {
                const qreal spacing = metrics(row[c].style).lineSpacing;
                while (to[c] < row[c].lines.size() &&
                       static_cast<qreal>(to[c] + 1) * spacing - offset <= limit - 2 * padY + kEpsilon) {
                    ++to[c];
                }
                if (to[c] == from[c] && to[c] < row[c].lines.size()) {
                    ++to[c]; // a single line taller than the page: place it anyway
                }
                bottom = std::max(bottom, static_cast<qreal>(to[c]) * spacing);
                more = more || to[c] < row[c].lines.size();
            }
            Unit unit;
            unit.spaceBefore = first ? space : 0;
            unit.height = bottom - offset + 2 * padY;
            unit.repeatHeader = headerIndex;
            placeCells(unit, row, from, to, offset);
            decorate(unit, table, false, shade);
            push(std::move(unit));
            if (!more) {
                break;
            }
            // The next piece starts at the first line not yet placed, across all cells.
            qreal next = bottom;
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (to[c] < row[c].lines.size()) {
                    next = std::min(next, static_cast<qreal>(to[c]) * metrics(row[c].style).lineSpacing);
                }
            }
            offset = next;
            from = to;
            first = false;
        }
    }

    std::vector<PdfPage> paginate() const
    {
        std::vector<PdfPage> pages(1);
        const QRectF& body = m_geometry.body;
        qreal y = body.top();
        bool empty = true;
        auto place = [&](const Unit& unit, qreal top) {
            for (PdfItem item : unit.items) {
                const QPointF shift(body.left(), top);
                item.at += shift;
                item.rect.translate(shift);
                item.line.translate(shift);
                pages.back().items.push_back(std::move(item));
            }
        };
        const std::size_t n = m_units.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Unit& unit = m_units[i];
            if (unit.pageBreakBefore) {
                if (!empty) {
                    pages.emplace_back();
                    y = body.top();
                    empty = true;
                }
                continue;
            }
            // What must go on this page with the unit: the units kept with it, as many as one page can hold (a
            // heading before a row taller than a page goes with the table header and the row's first piece).
            const qreal need = (empty ? 0 : unit.spaceBefore) + unit.height;
            qreal chain = need;
            for (std::size_t j = i; j + 1 < n && m_units[j].keepWithNext && !m_units[j + 1].pageBreakBefore; ++j) {
                const qreal more = m_units[j + 1].spaceBefore + m_units[j + 1].height;
                if (chain + more > body.height()) {
                    break;
                }
                chain += more;
            }
            if (!empty && y + chain > body.bottom() + kEpsilon) {
                pages.emplace_back();
                y = body.top();
                empty = true;
                if (unit.repeatHeader >= 0) {
                    const Unit& header = m_units[static_cast<std::size_t>(unit.repeatHeader)];
                    place(header, y);
                    y += header.height;
                }
            }
            const qreal space = empty ? 0 : unit.spaceBefore;
            place(unit, y + space);
            y += space + unit.height;
            empty = false;
        }
        return pages;
    }

    const PdfGeometry& m_geometry;
    const QPaintDevice& m_device;
    std::map<TextStyle, Metrics> m_metrics;
    std::vector<Unit> m_units;
    qreal m_pendingSpace = 0;
};

} // namespace

std::vector<WrappedLine> wrapText(const QString& text, const QFont& font, qreal width, const QPaintDevice& device)
{
    std::vector<WrappedLine> lines;
    QString clean = text;
    clean.remove(QLatin1Char('\r'));
    clean.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const QFontMetricsF fm(font, &device);
    const QStringList paragraphs = clean.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        const QString trimmed = trimRight(paragraph);
        const qreal natural = fm.horizontalAdvance(trimmed);
        if (natural <= width) {
            lines.push_back({trimmed, natural});
            continue;
        }
        QTextLayout layout(trimmed, font, &device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString part = trimRight(trimmed.mid(line.textStart(), line.textLength()));
            lines.push_back({part, fm.horizontalAdvance(part)});
        }
        layout.endLayout();
    }
    return lines;
}

std::vector<PdfPage> layOutBlocks(const std::vector<PdfBlock>& blocks, const PdfGeometry& geometry,
                                  const QPaintDevice& device)
{
    return Layouter(geometry, device).run(blocks);
}

} // namespace casebook::printing
