#include "TimelinePainter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace casebook::printing {

namespace {

using Symbol = TimelineLegendEntry::Symbol;

constexpr qreal kReferenceDpi = 96.0;
constexpr double kFullHeightDays = 10.0; // a suspension this long (or longer) fills its lane
constexpr double kShortestShare = 0.22;  // the height of the shortest suspension, as a share of the lane

const QColor kText(0x1f, 0x23, 0x28);
const QColor kMutedText(0x55, 0x5b, 0x63);
const QColor kGrid(0xc5, 0xcb, 0xd2);
const QColor kShade(0xf2, 0xf4, 0xf7);
const QColor kLaneLine(0xe3, 0xe6, 0xea);

// Lane heights in units when the picture has room: the lanes then share whatever height is left.
qreal naturalLaneHeight(TimelineLane lane, int rows)
{
    switch (lane) {
    case TimelineLane::Schools:
        return 22.0 * rows;
    case TimelineLane::Exclusions:
        return 40.0;
    case TimelineLane::Panel:
        return 14.0;
    default:
        return 12.0 * rows;
    }
}

constexpr std::array<TimelineLane, 6> kLanes{TimelineLane::Schools,       TimelineLane::Exclusions,
                                             TimelineLane::Psps,          TimelineLane::Placements,
                                             TimelineLane::Registrations, TimelineLane::Panel};

qreal rowHeight(const TimelineLayout& l, const TimelineData& d, TimelineLane lane)
{
    return l.lane(lane).height() / d.rows(lane);
}

QRectF bandRect(const TimelineLayout& l, const TimelineData& d, const TimelineSchoolBand& b)
{
    const QRectF lane = l.lane(TimelineLane::Schools);
    const qreal rowH = rowHeight(l, d, TimelineLane::Schools);
    const qreal x0 = l.xFor(b.start);
    const qreal x1 = l.xFor(b.end.addDays(1));
    return {x0, lane.top() + b.row * rowH + l.unit, std::max(x1 - x0, l.unit), rowH - 2 * l.unit};
}

QRectF suspensionRect(const TimelineLayout& l, const TimelineSuspension& s)
{
    const QRectF lane = l.lane(TimelineLane::Exclusions);
    const qreal full = lane.height() - 2 * l.unit;
    const qreal share = kShortestShare + (1.0 - kShortestShare) * std::min(s.days, kFullHeightDays) / kFullHeightDays;
    const qreal height = full * share;
    const qreal width = std::max(3.0 * l.unit, l.xFor(s.firstDay.addDays(1)) - l.xFor(s.firstDay));
    return {l.xFor(s.firstDay), lane.bottom() - l.unit - height, width, height};
}

QRectF exclusionRect(const TimelineLayout& l, const TimelineExclusion& x)
{
    const QRectF lane = l.lane(TimelineLane::Exclusions);
    const qreal size = std::min(lane.height() * 0.6, 16.0 * l.unit);
    const qreal centre = l.xFor(x.decisionDate) + 1.5 * l.unit;
    return {centre - size / 2, lane.center().y() - size / 2, size, size};
}

QRectF spanRect(const TimelineLayout& l, const TimelineData& d, const TimelineSpan& s)
{
    const TimelineLane laneId = laneOf(s.kind);
    const QRectF lane = l.lane(laneId);
    const qreal rowH = rowHeight(l, d, laneId);
    const qreal x0 = l.xFor(s.start);
    const qreal x1 = l.xFor(s.end.addDays(1));
    const qreal inset = std::min(2.0 * l.unit, rowH / 5);
    return {x0, lane.top() + s.row * rowH + inset, std::max(x1 - x0, 2 * l.unit), rowH - 2 * inset};
}

QRectF markRect(const TimelineLayout& l, const TimelineMark& m)
{
    const QRectF lane = l.lane(TimelineLane::Panel);
    const qreal size = std::min(lane.height() - 2 * l.unit, 10.0 * l.unit);
    const qreal centre = l.xFor(m.date) + 1.5 * l.unit;
    return {centre - size / 2, lane.center().y() - size / 2, size, size};
}

// At least `minimum` wide, for pointing at.
QRectF pointable(QRectF r, qreal minimum)
{
    if (r.width() < minimum) {
        r.adjust(-(minimum - r.width()) / 2, 0, (minimum - r.width()) / 2, 0);
    }
    return r;
}

QPolygonF diamond(const QRectF& r)
{
    return QPolygonF{QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                     QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())};
}

QPolygonF triangle(const QRectF& r)
{
    return QPolygonF{QPointF(r.center().x(), r.top()), QPointF(r.right(), r.bottom()), QPointF(r.left(), r.bottom())};
}

QString shortYearLabel(const AcademicYear& y)
{
    return QStringLiteral("%1/%2")
        .arg(y.startYear() % 100, 2, 10, QLatin1Char('0'))
        .arg((y.startYear() + 1) % 100, 2, 10, QLatin1Char('0'));
}

Symbol exclusionSymbol(ExclusionStanding standing)
{
    switch (standing) {
    case ExclusionStanding::Upheld:
        return Symbol::Diamond;
    case ExclusionStanding::Pending:
        return Symbol::RingDiamond;
    default:
        return Symbol::HollowDiamond;
    }
}

QString exclusionLegend(ExclusionStanding standing)
{
    switch (standing) {
    case ExclusionStanding::Upheld:
        return QStringLiteral("Permanent exclusion");
    case ExclusionStanding::Pending:
        return QStringLiteral("Exclusion awaiting review");
    case ExclusionStanding::Reinstated:
        return QStringLiteral("Exclusion, reinstated");
    case ExclusionStanding::Withdrawn:
        return QStringLiteral("Exclusion, withdrawn");
    }
    return {};
}

std::vector<TimelineLegendEntry> legendEntries(const TimelineData& d)
{
    std::vector<TimelineLegendEntry> entries;
    if (!d.schools.empty()) {
        entries.push_back({Symbol::Band, schoolFill(0), QStringLiteral("On a school's roll"), {}, {}});
    }
    if (!d.suspensions.empty()) {
        entries.push_back({Symbol::Bar, suspensionColour(), QStringLiteral("Suspension (taller: more days)"), {}, {}});
    }
    for (ExclusionStanding standing : {ExclusionStanding::Upheld, ExclusionStanding::Pending,
                                       ExclusionStanding::Reinstated, ExclusionStanding::Withdrawn}) {
        if (std::any_of(d.exclusions.begin(), d.exclusions.end(),
                        [&](const TimelineExclusion& x) { return x.standing == standing; })) {
            entries.push_back(
                {exclusionSymbol(standing), exclusionColour(standing), exclusionLegend(standing), {}, {}});
        }
    }
    for (TimelineSpanKind kind : {TimelineSpanKind::Psp, TimelineSpanKind::ManagedMove,
                                  TimelineSpanKind::OffSiteDirection, TimelineSpanKind::ApPlacement,
                                  TimelineSpanKind::ElectiveHomeEducation, TimelineSpanKind::ChildMissingEducation}) {
        if (std::any_of(d.spans.begin(), d.spans.end(), [&](const TimelineSpan& s) { return s.kind == kind; })) {
            entries.push_back({Symbol::Span, spanColour(kind), timelineSpanKindName(kind), {}, {}});
        }
    }
    for (TimelineMarkKind kind : {TimelineMarkKind::PipReferral, TimelineMarkKind::PipDecision}) {
        if (std::any_of(d.marks.begin(), d.marks.end(), [&](const TimelineMark& m) { return m.kind == kind; })) {
            entries.push_back({kind == TimelineMarkKind::PipReferral ? Symbol::Triangle : Symbol::Dot,
                               markColour(kind),
                               kind == TimelineMarkKind::PipReferral ? QStringLiteral("PIP referral")
                                                                     : QStringLiteral("PIP decision"),
                               {},
                               {}});
        }
    }
    return entries;
}

void drawSymbol(QPainter& p, Symbol symbol, const QColor& colour, const QRectF& r, qreal unit)
{
    p.save();
    p.setPen(QPen(colour.darker(130), unit));
    p.setBrush(colour);
    switch (symbol) {
    case Symbol::Band:
        p.setPen(QPen(schoolBorder(0), unit));
        p.drawRect(r);
        break;
    case Symbol::Bar:
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(r.center().x() - 1.5 * unit, r.top(), 3 * unit, r.height()));
        break;
    case Symbol::Diamond:
        p.drawPolygon(diamond(r));
        break;
    case Symbol::RingDiamond:
        p.drawPolygon(diamond(r));
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPolygon(diamond(r.adjusted(r.width() * 0.3, r.height() * 0.3, -r.width() * 0.3, -r.height() * 0.3)));
        break;
    case Symbol::HollowDiamond:
        p.setBrush(Qt::white);
        p.setPen(QPen(colour, 1.5 * unit));
        p.drawPolygon(diamond(r));
        break;
    case Symbol::Span:
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(r.adjusted(0, r.height() * 0.2, 0, -r.height() * 0.2), 2 * unit, 2 * unit);
        break;
    case Symbol::Triangle:
        p.drawPolygon(triangle(r));
        break;
    case Symbol::Dot:
        p.drawEllipse(r);
        break;
    }
    p.restore();
}

} // namespace

QColor schoolFill(int colour)
{
    static const std::array<QColor, 8> fills{
        QColor(0xd6, 0xe6, 0xf5), QColor(0xdd, 0xef, 0xd5), QColor(0xfb, 0xe3, 0xc8), QColor(0xe8, 0xdc, 0xf3),
        QColor(0xfa, 0xf0, 0xbe), QColor(0xcf, 0xec, 0xea), QColor(0xf6, 0xd5, 0xe3), QColor(0xe3, 0xe3, 0xe3)};
    return fills[static_cast<std::size_t>(std::abs(colour)) % fills.size()];
}

QColor schoolBorder(int colour)
{
    return schoolFill(colour).darker(150);
}

QColor suspensionColour()
{
    return {0xe0, 0x8a, 0x00};
}

QColor exclusionColour(ExclusionStanding standing)
{
    switch (standing) {
    case ExclusionStanding::Upheld:
    case ExclusionStanding::Pending:
        return {0xb0, 0x00, 0x20};
    case ExclusionStanding::Reinstated:
        return {0x1f, 0x6f, 0xb2};
    case ExclusionStanding::Withdrawn:
        return {0x80, 0x80, 0x80};
    }
    return {0xb0, 0x00, 0x20};
}

QColor spanColour(TimelineSpanKind kind)
{
    switch (kind) {
    case TimelineSpanKind::Psp:
        return {0x2e, 0x8b, 0x57};
    case TimelineSpanKind::ManagedMove:
        return {0x1f, 0x6f, 0xb2};
    case TimelineSpanKind::OffSiteDirection:
        return {0x5d, 0xa9, 0xdd};
    case TimelineSpanKind::ApPlacement:
        return {0x9b, 0x59, 0xb6};
    case TimelineSpanKind::ElectiveHomeEducation:
        return {0x8c, 0x6d, 0x31};
    case TimelineSpanKind::ChildMissingEducation:
        return {0x4a, 0x4a, 0x4a};
    }
    return Qt::gray;
}

QColor markColour(TimelineMarkKind kind)
{
    return kind == TimelineMarkKind::PipReferral ? QColor(0x6a, 0x3d, 0x9a) : QColor(0x3d, 0x1f, 0x63);
}

qreal TimelineLayout::xFor(QDate day) const
{
    const qint64 total = firstDay.daysTo(endDay);
    if (total <= 0 || !day.isValid()) {
        return plot.left();
    }
    const qint64 at = std::clamp<qint64>(firstDay.daysTo(day), 0, total);
    return plot.left() + plot.width() * static_cast<qreal>(at) / static_cast<qreal>(total);
}

const TimelineHit* TimelineLayout::hitAt(QPointF point) const
{
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
        if (it->rect.contains(point)) {
            return &*it;
        }
    }
    return nullptr;
}

TimelineLayout layoutTimeline(const QRectF& area, const TimelineData& data, const TimelineStyle& style,
                              const QPaintDevice* device)
{
    TimelineLayout l;
    l.area = area;
    l.unit = device != nullptr ? device->logicalDpiY() / kReferenceDpi : 1.0;
    l.font = style.font;
    l.font.setPointSizeF(style.pointSize);
    const QFontMetricsF fm = device != nullptr ? QFontMetricsF(l.font, device) : QFontMetricsF(l.font);
    const qreal u = l.unit;
    if (data.isEmpty() || data.years.empty()) {
        l.emptyMessage = QStringLiteral("No dated records");
        return l;
    }
    l.firstDay = data.firstDay();
    l.endDay = data.lastDay().addDays(1);

    // The lane labels' column on the left.
    qreal labelWidth = 0;
    for (TimelineLane lane : kLanes) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(timelineLaneName(lane)));
    }
    labelWidth += 8 * u;
    const qreal left = area.left() + labelWidth;
    const qreal right = area.right() - 4 * u;
    const qreal header = fm.height() + 4 * u;

    // The legend, wrapped under the lanes.
    if (style.legend) {
        l.legend = legendEntries(data);
        const qreal swatch = std::min(10 * u, fm.height());
        const qreal lineHeight = std::max(swatch, fm.height()) + 3 * u;
        qreal x = area.left() + 4 * u;
        int line = 0;
        for (TimelineLegendEntry& e : l.legend) {
            const qreal width = swatch + 4 * u + fm.horizontalAdvance(e.text);
            if (x + width > area.right() && x > area.left() + 4 * u) {
                ++line;
                x = area.left() + 4 * u;
            }
            e.swatch = QRectF(x, line * lineHeight + (lineHeight - swatch) / 2, swatch, swatch);
            e.textRect = QRectF(x + swatch + 4 * u, line * lineHeight, fm.horizontalAdvance(e.text) + u, lineHeight);
            x += width + 14 * u;
        }
        const qreal legendHeight = l.legend.empty() ? 0 : (line + 1) * lineHeight + 2 * u;
        for (TimelineLegendEntry& e : l.legend) {
            e.swatch.translate(0, area.bottom() - legendHeight + 2 * u);
            e.textRect.translate(0, area.bottom() - legendHeight + 2 * u);
        }
        l.plot = QRectF(QPointF(left, area.top() + header), QPointF(right, area.bottom() - legendHeight));
    } else {
        l.plot = QRectF(QPointF(left, area.top() + header), QPointF(right, area.bottom() - 2 * u));
    }

    // Lanes share the plot's height in proportion to their natural heights.
    const qreal gap = 3 * u;
    qreal natural = 0;
    for (TimelineLane lane : kLanes) {
        natural += naturalLaneHeight(lane, data.rows(lane));
    }
    const qreal scale = std::max(0.0, l.plot.height() - gap * (kLanes.size() - 1)) / natural;
    qreal y = l.plot.top();
    for (TimelineLane lane : kLanes) {
        const qreal h = naturalLaneHeight(lane, data.rows(lane)) * scale;
        l.lanes[static_cast<std::size_t>(lane)] = QRectF(l.plot.left(), y, l.plot.width(), h);
        l.laneLabels.push_back({QRectF(area.left() + 2 * u, y, labelWidth - 6 * u, h), timelineLaneName(lane)});
        y += h + gap;
    }

    // Year labels: in full while they fit, else "19/20", else none.
    bool shortLabels = false;
    for (const AcademicYear& year : data.years) {
        const qreal width = l.xFor(year.next().firstDay()) - l.xFor(year.firstDay());
        shortLabels = shortLabels || fm.horizontalAdvance(year.label()) + 6 * u > width;
    }
    for (const AcademicYear& year : data.years) {
        const qreal x0 = l.xFor(year.firstDay());
        const qreal x1 = l.xFor(year.next().firstDay());
        const QString text = shortLabels ? shortYearLabel(year) : year.label();
        if (fm.horizontalAdvance(text) + 2 * u <= x1 - x0) {
            l.yearLabels.push_back({QRectF(x0, area.top(), x1 - x0, header), text});
        }
    }

    // What can be pointed at, in paint order (the last on top).
    const qreal reach = 6 * u;
    for (const TimelineSchoolBand& b : data.schools) {
        l.hits.push_back({bandRect(l, data, b), CaseRecordKind::Enrolment, b.enrolmentId, describeSchoolBand(b)});
    }
    for (const TimelineSpan& s : data.spans) {
        l.hits.push_back({pointable(spanRect(l, data, s), reach), recordKindOf(s.kind), s.id, describeSpan(s)});
    }
    for (const TimelineMark& m : data.marks) {
        l.hits.push_back({pointable(markRect(l, m), reach), CaseRecordKind::PipReferral, m.id, describeMark(m)});
    }
    for (const TimelineSuspension& s : data.suspensions) {
        l.hits.push_back(
            {pointable(suspensionRect(l, s), reach), CaseRecordKind::Suspension, s.id, describeSuspension(s)});
    }
    for (const TimelineExclusion& x : data.exclusions) {
        l.hits.push_back({exclusionRect(l, x), CaseRecordKind::Exclusion, x.id, describeExclusion(x)});
    }
    return l;
}

void paintTimeline(QPainter& painter, const QRectF& area, const TimelineData& data, const TimelineStyle& style)
{
    paintTimeline(painter, layoutTimeline(area, data, style, painter.device()), data, style);
}

void paintTimeline(QPainter& p, const TimelineLayout& l, const TimelineData& data, const TimelineStyle& style)
{
    const qreal u = l.unit;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setClipRect(l.area);
    if (style.background.alpha() > 0) {
        p.fillRect(l.area, style.background);
    }
    p.setFont(l.font);
    if (!l.emptyMessage.isEmpty()) {
        p.setPen(kMutedText);
        p.drawText(l.area, Qt::AlignCenter, l.emptyMessage);
        p.restore();
        return;
    }
    const QFontMetricsF fm(l.font, p.device());

    // Years: alternate shading, a line at each 1 September, the labels on top.
    for (std::size_t i = 0; i < data.years.size(); ++i) {
        const qreal x0 = l.xFor(data.years[i].firstDay());
        const qreal x1 = l.xFor(data.years[i].next().firstDay());
        if (i % 2 == 1) {
            p.fillRect(QRectF(x0, l.plot.top(), x1 - x0, l.plot.height()), kShade);
        }
    }
    p.setPen(QPen(kLaneLine, u));
    for (TimelineLane lane : kLanes) {
        const QRectF r = l.lane(lane);
        p.drawLine(QPointF(l.area.left(), r.bottom() + 1.5 * u), QPointF(l.plot.right(), r.bottom() + 1.5 * u));
    }
    p.setPen(QPen(kGrid, u));
    for (const AcademicYear& year : data.years) {
        const qreal x = l.xFor(year.firstDay());
        p.drawLine(QPointF(x, l.area.top()), QPointF(x, l.plot.bottom()));
    }
    p.drawLine(QPointF(l.plot.right(), l.area.top()), QPointF(l.plot.right(), l.plot.bottom()));
    p.setPen(kText);
    for (const TimelineLabel& label : l.yearLabels) {
        p.drawText(label.rect, Qt::AlignCenter, label.text);
    }
    p.setPen(kMutedText);
    for (const TimelineLabel& label : l.laneLabels) {
        p.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }

    // Schools: pale bands with their names, elided to fit (left out where not even a few letters fit).
    for (const TimelineSchoolBand& b : data.schools) {
        const QRectF r = bandRect(l, data, b);
        p.setPen(QPen(schoolBorder(b.colour), u));
        p.setBrush(schoolFill(b.colour));
        p.drawRect(r);
        const qreal room = r.width() - 6 * u;
        if (room >= fm.horizontalAdvance(QStringLiteral("Abc\u2026")) && r.height() >= fm.height() * 0.9) {
            p.setPen(kText);
            p.drawText(r.adjusted(3 * u, 0, -3 * u, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(b.name, Qt::ElideRight, room));
        }
    }

    // Plans and placements: rounded bars; an open one ends in a point at asOf.
    for (const TimelineSpan& s : data.spans) {
        const QRectF r = spanRect(l, data, s);
        p.setPen(Qt::NoPen);
        p.setBrush(spanColour(s.kind));
        if (s.open && r.width() > r.height()) {
            QPainterPath path;
            path.addRoundedRect(r.adjusted(0, 0, -r.height() / 2, 0), 2 * u, 2 * u);
            path.addPolygon(QPolygonF{QPointF(r.right() - r.height() / 2 - u, r.top()),
                                      QPointF(r.right(), r.center().y()),
                                      QPointF(r.right() - r.height() / 2 - u, r.bottom())});
            p.drawPath(path.simplified());
        } else {
            p.drawRoundedRect(r, 2 * u, 2 * u);
        }
    }

    // Panel: referrals as triangles, decisions as dots.
    for (const TimelineMark& m : data.marks) {
        const QRectF r = markRect(l, m);
        p.setPen(QPen(Qt::white, 0.75 * u));
        p.setBrush(markColour(m.kind));
        if (m.kind == TimelineMarkKind::PipReferral) {
            p.drawPolygon(triangle(r));
        } else {
            p.drawEllipse(r.adjusted(u, u, -u, -u));
        }
    }

    // asOf: a dotted line, so "still open" reads as "up to today".
    if (data.asOf.isValid() && data.asOf >= l.firstDay && data.asOf < l.endDay) {
        p.setPen(QPen(kMutedText, u, Qt::DotLine));
        const qreal x = l.xFor(data.asOf.addDays(1));
        p.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
    }

    // Suspensions: bars from the lane's foot, taller for more days; see-through so that a cluster darkens.
    QColor bar = suspensionColour();
    bar.setAlphaF(0.85);
    for (const TimelineSuspension& s : data.suspensions) {
        const QRectF r = suspensionRect(l, s);
        if (s.cancelled) {
            p.setPen(QPen(suspensionColour(), u));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(bar);
        }
        p.drawRect(r);
    }

    // Permanent exclusions: a line through every lane and a diamond, on top of everything.
    for (const TimelineExclusion& x : data.exclusions) {
        const QRectF r = exclusionRect(l, x);
        const QColor colour = exclusionColour(x.standing);
        const bool stands = x.standing == ExclusionStanding::Upheld || x.standing == ExclusionStanding::Pending;
        p.setPen(QPen(colour, 1.5 * u, stands ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(r.center().x(), l.plot.top()), QPointF(r.center().x(), l.plot.bottom()));
        drawSymbol(p, exclusionSymbol(x.standing), colour, r, u);
    }

    // The legend.
    for (const TimelineLegendEntry& e : l.legend) {
        drawSymbol(p, e.symbol, e.colour, e.swatch, u);
        p.setPen(kText);
        p.drawText(e.textRect, Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    p.restore();
}

} // namespace casebook::printing
