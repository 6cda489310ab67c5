#pragma once

#include "caserecords/CaseRecordKind.h"
#include "history/Timeline.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <array>
#include <vector>

class QPainter;
class QPaintDevice;

namespace casebook::printing {

// How the timeline is drawn. Sizes are in 1/96 inch and scale with the device (a widget, a QImage, a 1200 dpi
// PDF), so the same picture comes out on screen and on paper.
struct TimelineStyle
{
    QFont font;                            // labels use its family; point size below
    qreal pointSize = 8.0;                 // year labels, lane labels, school names, legend
    QColor background = QColor(Qt::white); // Qt::transparent paints none
    bool legend = true;
};

// The colours the picture uses, named so a legend, a test or a report can refer to them.
QColor schoolFill(int colour); // pale, one per school in order of first appearance (cycles after 8)
QColor schoolBorder(int colour);
QColor suspensionColour();
QColor exclusionColour(ExclusionStanding standing);
QColor spanColour(TimelineSpanKind kind);
QColor markColour(TimelineMarkKind kind);

// One thing drawn, where it is and what it is: for tooltips, opening the record, and tests.
struct TimelineHit
{
    QRectF rect; // generous enough to point at, even for a thin mark
    CaseRecordKind kind = CaseRecordKind::Suspension;
    qint64 recordId = 0;
    QString text; // describeSuspension() and friends
};

struct TimelineLabel
{
    QRectF rect;
    QString text;
};

// One entry of the legend: a small symbol and its words.
struct TimelineLegendEntry
{
    enum class Symbol
    {
        Band,          // a school's band
        Bar,           // a suspension
        Diamond,       // a permanent exclusion that stands
        RingDiamond,   // one awaiting review
        HollowDiamond, // reinstated or withdrawn
        Span,          // a plan or placement
        Triangle,      // a referral
        Dot,           // a decision
    };
    Symbol symbol = Symbol::Band;
    QColor colour;
    QString text;
    QRectF swatch;
    QRectF textRect;
};

// Where everything goes in `area`. paintTimeline() draws exactly this layout.
struct TimelineLayout
{
    QRectF area;
    QRectF plot;      // dates map to x inside it; the lanes stack inside it
    qreal unit = 1.0; // device pixels per 1/96 inch
    QFont font;       // at the style's point size, for this device
    QDate firstDay;
    QDate endDay;                  // the day after the last day shown
    std::array<QRectF, 6> lanes{}; // by TimelineLane; full plot width
    std::vector<TimelineLabel> laneLabels;
    std::vector<TimelineLabel> yearLabels;   // "2019/20" (or "19/20" where the years are narrow)
    std::vector<TimelineHit> hits;           // in paint order: the last one is on top
    std::vector<TimelineLegendEntry> legend; // only what appears in the picture
    QString emptyMessage;                    // "No dated records" when there is nothing to draw

    qreal xFor(QDate day) const; // the left edge of a day
    QRectF lane(TimelineLane lane) const { return lanes[static_cast<std::size_t>(lane)]; }
    const TimelineHit* hitAt(QPointF point) const; // the topmost thing at the point, or null
};

// Lays the timeline out for `device` (its resolution scales every size; null: 96 dpi).
TimelineLayout layoutTimeline(const QRectF& area, const TimelineData& data, const TimelineStyle& style = {},
                              const QPaintDevice* device = nullptr);

// Draws one pupil's timeline in `area`: academic years across with labels, schools as coloured bands with their
// names, suspensions as marks whose height grows with days, each permanent exclusion as a diamond and a line
// across the lanes (filled when it stands, hollow when reinstated or withdrawn), PSP, placement and EHE/CME spans
// in their own lanes, inclusion panel referrals and decisions as marks, and a legend of what appears.
void paintTimeline(QPainter& painter, const QRectF& area, const TimelineData& data, const TimelineStyle& style = {});
// The same with a layout already made (a widget keeps one for its tooltips).
void paintTimeline(QPainter& painter, const TimelineLayout& layout, const TimelineData& data,
                   const TimelineStyle& style = {});

} // namespace casebook::printing
