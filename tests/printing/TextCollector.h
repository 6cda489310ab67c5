#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QTextItem>

#include <vector>

namespace casebook::test {

// A paint device that keeps every piece of text drawn on it, with where it was drawn (the baseline start), and
// ignores everything else: a test can ask what a painter wrote, and where.
class TextCollector : public QPaintDevice
{
public:
    struct Text
    {
        QPointF at;
        QString text;
    };

    explicit TextCollector(QSize size, int dpi = 96) : m_size(size), m_dpi(dpi) {}

    QPaintEngine* paintEngine() const override { return &m_engine; }
    const std::vector<Text>& texts() const { return m_engine.texts; }
    bool contains(const QString& text) const
    {
        for (const Text& t : m_engine.texts) {
            if (t.text == text) {
                return true;
            }
        }
        return false;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / (10 * m_dpi);
        case PdmHeightMM:
            return m_size.height() * 254 / (10 * m_dpi);
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState& changed) override
        {
            if (changed.state() & QPaintEngine::DirtyTransform) {
                m_transform = changed.transform();
            }
        }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath&) override {}
        void drawTextItem(const QPointF& p, const QTextItem& item) override
        {
            texts.push_back({m_transform.map(p), item.text()});
        }
        Type type() const override { return QPaintEngine::User; }

        std::vector<Text> texts;

    private:
        QTransform m_transform;
    };

    QSize m_size;
    int m_dpi;
    mutable Engine m_engine;
};

} // namespace casebook::test
