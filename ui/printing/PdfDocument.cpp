#include "PdfDocument.h"

#include "PdfLayout.h"
#include "calendar/UkDate.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace casebook::printing {

namespace {

constexpr qreal kRuleGapMm = 1.5;  // between the header's text and its rule, the footer's rule and its text
constexpr qreal kBodyGapMm = 5.0;  // between the header's rule and the body, the body and the footer's rule
constexpr qreal kHairlinePt = 0.4; // rules between rows and under the header

// Paints the header and footer of every page and the items laid out on it.
class PagePainter
{
public:
    PagePainter(QPainter& painter, const PdfPageSetup& setup, const QRectF& page, qreal unitsPerMm)
        : m_painter(painter), m_setup(setup), m_page(page), m_unitsPerMm(unitsPerMm)
    {
        m_hairline = kHairlinePt / 72.0 * setup.resolution;
    }

    // The area left for content between header and footer.
    QRectF body() const
    {
        const QFontMetricsF marking(documentFont(TextStyle::Marking), m_painter.device());
        const QFontMetricsF small(documentFont(TextStyle::Small), m_painter.device());
        const qreal top =
            mm(m_setup.marginsMm.top()) + marking.lineSpacing() + small.lineSpacing() + mm(kRuleGapMm) + mm(kBodyGapMm);
        const qreal bottom = m_page.height() - mm(m_setup.marginsMm.bottom()) - marking.lineSpacing() -
                             small.lineSpacing() - mm(kRuleGapMm) - mm(kBodyGapMm);
        const qreal left = mm(m_setup.marginsMm.left());
        const qreal right = m_page.width() - mm(m_setup.marginsMm.right());
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    }

    void paintFrame(int page, int pages)
    {
        const QString marking = markingText(m_setup.marking);
        const QFont markingFont = documentFont(TextStyle::Marking);
        const QFont smallFont = documentFont(TextStyle::Small);
        const QFontMetricsF mf(markingFont, m_painter.device());
        const QFontMetricsF sf(smallFont, m_painter.device());
        const qreal left = mm(m_setup.marginsMm.left());
        const qreal right = m_page.width() - mm(m_setup.marginsMm.right());
        const qreal width = right - left;
        const QDate generated = m_setup.generatedOn.isValid() ? m_setup.generatedOn : QDate::currentDate();

        // Header: the marking centred, then the title (left) and subtitle (right), then a rule.
        qreal y = mm(m_setup.marginsMm.top());
        m_painter.setPen(DocumentColours::ink());
        m_painter.setFont(markingFont);
        m_painter.drawText(QPointF(left + (width - mf.horizontalAdvance(marking)) / 2, y + mf.ascent()), marking);
        y += mf.lineSpacing();
        m_painter.setFont(smallFont);
        m_painter.setPen(DocumentColours::muted());
        const QString title = sf.elidedText(m_setup.title, Qt::ElideRight, width * 0.45);
        m_painter.drawText(QPointF(left, y + sf.ascent()), title);
        if (!m_setup.subtitle.isEmpty()) {
            const QString subtitle = sf.elidedText(m_setup.subtitle, Qt::ElideRight, width * 0.53);
            m_painter.drawText(QPointF(right - sf.horizontalAdvance(subtitle), y + sf.ascent()), subtitle);
        }
        y += sf.lineSpacing() + mm(kRuleGapMm);
        rule(QLineF(left, y, right, y));

        // Footer: a rule, then the title and date (left) and the page (right), then the marking centred.
        qreal bottom = m_page.height() - mm(m_setup.marginsMm.bottom());
        m_painter.setPen(DocumentColours::ink());
        m_painter.setFont(markingFont);
        m_painter.drawText(QPointF(left + (width - mf.horizontalAdvance(marking)) / 2, bottom - mf.descent()), marking);
        bottom -= mf.lineSpacing();
        m_painter.setFont(smallFont);
        m_painter.setPen(DocumentColours::muted());
        const QString pageText = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
        const QString left2 =
            sf.elidedText(QStringLiteral("%1 \u00b7 Generated %2").arg(m_setup.title, ukDate(generated)),
                          Qt::ElideRight, width * 0.7);
        m_painter.drawText(QPointF(left, bottom - sf.descent()), left2);
        m_painter.drawText(QPointF(right - sf.horizontalAdvance(pageText), bottom - sf.descent()), pageText);
        bottom -= sf.lineSpacing() + mm(kRuleGapMm);
        rule(QLineF(left, bottom, right, bottom));
    }

    void paintItems(const PdfPage& page)
    {
        TextStyle current = TextStyle::Body;
        bool fontSet = false;
        QColor pen;
        for (const PdfItem& item : page.items) {
            switch (item.kind) {
            case PdfItem::Kind::Text:
                if (item.text.isEmpty()) {
                    break;
                }
                if (!fontSet || item.style != current) {
                    m_painter.setFont(documentFont(item.style));
                    current = item.style;
                    fontSet = true;
                }
                if (pen != item.colour) {
                    m_painter.setPen(item.colour);
                    pen = item.colour;
                }
                m_painter.drawText(item.at, item.text);
                break;
            case PdfItem::Kind::Fill:
                m_painter.fillRect(item.rect, item.colour);
                break;
            case PdfItem::Kind::Line:
                rule(item.line, item.colour);
                pen = QColor();
                break;
            case PdfItem::Kind::Picture:
                if (item.drawer && *item.drawer) {
                    m_painter.save();
                    m_painter.setClipRect(item.rect);
                    m_painter.setFont(documentFont(TextStyle::Body));
                    m_painter.setPen(DocumentColours::ink());
                    (*item.drawer)(m_painter, item.rect);
                    m_painter.restore();
                }
                fontSet = false;
                pen = QColor();
                break;
            }
        }
    }

private:
    qreal mm(qreal value) const { return value * m_unitsPerMm; }

    void rule(const QLineF& line, const QColor& colour = DocumentColours::muted())
    {
        m_painter.setPen(QPen(colour, m_hairline));
        m_painter.drawLine(line);
    }

    QPainter& m_painter;
    const PdfPageSetup& m_setup;
    QRectF m_page;
    qreal m_unitsPerMm;
    qreal m_hairline = 1;
};

Error writeError(const QString& path, const QString& why)
{
    return makeError(Error::Code::Io,
                     QStringLiteral("Could not write the PDF to %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

PdfDocument::PdfDocument(PdfPageSetup setup) : m_setup(std::move(setup))
{}

void PdfDocument::addTitle(const QString& text)
{
    addHeadingBlock(TextStyle::Title, text);
}

void PdfDocument::addHeading(const QString& text)
{
    addHeadingBlock(TextStyle::Heading, text);
}

void PdfDocument::addSubheading(const QString& text)
{
    addHeadingBlock(TextStyle::Subheading, text);
}

void PdfDocument::addHeadingBlock(TextStyle style, const QString& text)
{
    PdfBlock block;
    block.style = style;
    block.text = text;
    block.keepWithNext = true; // a heading never ends a page
    addBlock(std::move(block));
}

void PdfDocument::addParagraph(const QString& text, TextStyle style, bool keepWithNext)
{
    PdfBlock block;
    block.style = style;
    block.text = text;
    block.keepWithNext = keepWithNext;
    addBlock(std::move(block));
}

void PdfDocument::addKeyValues(const std::vector<std::pair<QString, QString>>& pairs, qreal keyWidthMm)
{
    PdfTable table;
    table.columns = {{QString(), keyWidthMm}, {QString()}};
    table.showHeader = false;
    table.shaded = false;
    table.ruled = false;
    table.boldFirstColumn = true;
    for (const auto& [key, value] : pairs) {
        table.rows.push_back({{key, value}});
    }
    addTable(std::move(table));
}

void PdfDocument::addTable(PdfTable table)
{
    PdfBlock block;
    block.kind = PdfBlock::Kind::Table;
    block.table = std::move(table);
    addBlock(std::move(block));
}

void PdfDocument::addPicture(qreal heightMm, PictureDrawer drawer)
{
    PdfBlock block;
    block.kind = PdfBlock::Kind::Picture;
    block.heightMm = heightMm;
    block.drawer = std::move(drawer);
    addBlock(std::move(block));
}

void PdfDocument::addSpace(qreal mm)
{
    PdfBlock block;
    block.kind = PdfBlock::Kind::Space;
    block.heightMm = mm;
    addBlock(std::move(block));
}

void PdfDocument::addPageBreak()
{
    PdfBlock block;
    block.kind = PdfBlock::Kind::PageBreak;
    addBlock(std::move(block));
}

void PdfDocument::addBlock(PdfBlock block)
{
    m_blocks.push_back(std::move(block));
}

Result<int> PdfDocument::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, file.errorString());
    }
    QPdfWriter writer(&file);
    writer.setResolution(m_setup.resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_setup.title);
    writer.setCreator(QStringLiteral("Casebook"));

    const qreal unitsPerMm = m_setup.resolution / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return writeError(path, QStringLiteral("the PDF writer could not start"));
    }
    PagePainter pagePainter(painter, m_setup, page, unitsPerMm);
    const PdfGeometry geometry{pagePainter.body(), unitsPerMm};
    const std::vector<PdfPage> pages = layOutBlocks(m_blocks, geometry, writer);
    const int count = static_cast<int>(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        pagePainter.paintFrame(i + 1, count);
        pagePainter.paintItems(pages[static_cast<std::size_t>(i)]);
    }
    if (!painter.end()) {
        file.cancelWriting();
        return writeError(path, QStringLiteral("the PDF writer failed"));
    }
    if (!file.commit()) {
        return writeError(path, file.errorString());
    }
    return count;
}

} // namespace casebook::printing
