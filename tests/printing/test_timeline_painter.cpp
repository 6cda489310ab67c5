#include "TextCollector.h"
#include "TimelinePainter.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace casebook::printing {
namespace {

using test::TextCollector;

const QDate kAsOf(2026, 1, 12);

TimelineRecord record(TimelineSource source, qint64 id, QDate start, QDate end = {}, qint64 school = 0,
                      const QString& schoolName = {})
{
    TimelineRecord r;
    r.source = source;
    r.id = id;
    r.start = start;
    r.end = end;
    r.schoolId = school;
    r.schoolName = schoolName;
    return r;
}

// Eight academic years, four schools (one dual registration), 24 suspensions, an exclusion upheld and one
// reinstated, plans, placements, EHE and panel marks: the long history the picture must keep legible.
std::vector<TimelineRecord> longHistory()
{
    std::vector<TimelineRecord> r;
    r.push_back(record(TimelineSource::Enrolment, 1, QDate(2018, 9, 5), QDate(2022, 7, 22), 1,
                       QStringLiteral("Westbrook Primary School")));
    r.push_back(record(TimelineSource::Enrolment, 2, QDate(2022, 9, 5), QDate(2024, 1, 12), 2,
                       QStringLiteral("Northfield Academy")));
    r.push_back(record(TimelineSource::Enrolment, 3, QDate(2024, 1, 15), QDate(2025, 11, 21), 3,
                       QStringLiteral("Southgate High School")));
    r.push_back(record(TimelineSource::Enrolment, 4, QDate(2025, 1, 6), QDate(2025, 7, 18), 4,
                       QStringLiteral("Horizons Pupil Referral Unit")));
    qint64 id = 100;
    for (QDate day(2022, 9, 19); day < QDate(2025, 11, 1); day = day.addDays(47)) {
        TimelineRecord s = record(TimelineSource::Suspension, ++id, day, {}, day < QDate(2024, 1, 12) ? 2 : 3,
                                  QStringLiteral("A school"));
        s.sessions = 1 + static_cast<int>(id % 12);
        r.push_back(s);
    }
    TimelineRecord upheld = record(TimelineSource::PermanentExclusion, 201, QDate(2025, 11, 3), {}, 3);
    upheld.boardOutcome = QStringLiteral("upheld");
    r.push_back(upheld);
    TimelineRecord reinstated = record(TimelineSource::PermanentExclusion, 202, QDate(2023, 6, 5), {}, 2);
    reinstated.boardOutcome = QStringLiteral("reinstated");
    r.push_back(reinstated);
    r.push_back(record(TimelineSource::Psp, 301, QDate(2023, 1, 9), QDate(2023, 4, 28)));
    r.push_back(record(TimelineSource::Psp, 302, QDate(2025, 2, 10), QDate(2025, 6, 13)));
    r.push_back(record(TimelineSource::ManagedMove, 401, QDate(2024, 1, 15), QDate(2024, 4, 12)));
    r.push_back(record(TimelineSource::ApPlacement, 402, QDate(2025, 4, 28), QDate(2025, 7, 18)));
    r.push_back(record(TimelineSource::ElectiveHomeEducation, 501, QDate(2025, 12, 1)));
    TimelineRecord referral = record(TimelineSource::PipReferral, 601, QDate(2025, 3, 10));
    referral.detail = QStringLiteral("outreach_support");
    referral.decisionOn = QDate(2025, 3, 24);
    r.push_back(referral);
    return r;
}

QImage render(const TimelineData& data, QSize size, const TimelineStyle& style = {})
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta); // anything the painter leaves shows up
    QPainter painter(&image);
    paintTimeline(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, style);
    return image;
}

// Close enough, allowing for antialiasing and see-through marks.
::testing::AssertionResult near(QColor got, QColor want, int tolerance = 40)
{
    const int d =
        std::abs(got.red() - want.red()) + std::abs(got.green() - want.green()) + std::abs(got.blue() - want.blue());
    if (d <= tolerance) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "got " << got.name().toStdString() << ", want "
                                         << want.name().toStdString();
}

const TimelineHit* hitFor(const TimelineLayout& l, CaseRecordKind kind, qint64 id)
{
    for (const TimelineHit& h : l.hits) {
        if (h.kind == kind && h.recordId == id) {
            return &h;
        }
    }
    return nullptr;
}

TEST(TimelinePainter, EmptyTimelineSaysSo)
{
    const TimelineData empty = buildTimeline({}, kAsOf);
    TextCollector device(QSize(1000, 220));
    QPainter painter(&device);
    paintTimeline(painter, QRectF(0, 0, 1000, 220), empty);
    painter.end();
    ASSERT_EQ(device.texts().size(), 1u);
    EXPECT_EQ(device.texts()[0].text, QStringLiteral("No dated records"));
    EXPECT_TRUE(layoutTimeline(QRectF(0, 0, 1000, 220), empty).hits.empty());
}

TEST(TimelinePainter, WritesEveryAcademicYearLaneAndLegendEntry)
{
    const TimelineData data = buildTimeline(longHistory(), kAsOf);
    TextCollector device(QSize(1000, 220));
    QPainter painter(&device);
    paintTimeline(painter, QRectF(0, 0, 1000, 220), data);
    painter.end();
    const TimelineLayout layout = layoutTimeline(QRectF(0, 0, 1000, 220), data, {}, &device);
    for (int year = 2018; year <= 2025; ++year) {
        const AcademicYear y(year);
        ASSERT_TRUE(device.contains(y.label())) << y.label().toStdString();
        // ... written inside its own year's column.
        for (const TextCollector::Text& t : device.texts()) {
            if (t.text == y.label()) {
                EXPECT_GE(t.at.x(), layout.xFor(y.firstDay()));
                EXPECT_LE(t.at.x(), layout.xFor(y.next().firstDay()));
                EXPECT_LT(t.at.y(), layout.plot.top());
            }
        }
    }
    for (const QString& lane : {QStringLiteral("Schools"), QStringLiteral("Suspensions"), QStringLiteral("PSPs"),
                                QStringLiteral("Placements"), QStringLiteral("EHE / CME"), QStringLiteral("Panel")}) {
        EXPECT_TRUE(device.contains(lane)) << lane.toStdString();
    }
    for (const QString& entry :
         {QStringLiteral("Suspension (taller: more days)"), QStringLiteral("Permanent exclusion"),
          QStringLiteral("Exclusion, reinstated"), QStringLiteral("Pastoral support plan"),
          QStringLiteral("Managed move"), QStringLiteral("Alternative provision"),
          QStringLiteral("Elective home education"), QStringLiteral("PIP referral"), QStringLiteral("PIP decision")}) {
        EXPECT_TRUE(device.contains(entry)) << entry.toStdString();
    }
    // Kinds that do not appear are not in the legend.
    EXPECT_FALSE(device.contains(QStringLiteral("Off-site direction")));
    EXPECT_FALSE(device.contains(QStringLiteral("Exclusion, withdrawn")));
}

TEST(TimelinePainter, LongHistoryStaysLegibleInAWidget)
{
    const TimelineData data = buildTimeline(longHistory(), kAsOf);
    ASSERT_EQ(data.years.size(), 8u);
    ASSERT_GE(data.suspensions.size(), 20u);
    TextCollector device(QSize(1000, 220));
    const TimelineLayout l = layoutTimeline(QRectF(0, 0, 1000, 220), data, {}, &device);
    EXPECT_EQ(l.yearLabels.size(), 8u);
    EXPECT_EQ(l.yearLabels.front().text, QStringLiteral("2018/19"));
    // Lanes stack top to bottom without overlapping, inside the plot, tall enough to read.
    qreal bottom = l.plot.top();
    for (int lane = 0; lane < 6; ++lane) {
        EXPECT_GE(l.lanes[lane].top(), bottom);
        bottom = l.lanes[lane].bottom();
        EXPECT_LE(bottom, l.plot.bottom() + 0.5);
    }
    EXPECT_GE(l.lane(TimelineLane::Schools).height(), 2 * 16.0); // two rows: the PRU overlaps Southgate
    EXPECT_GE(l.lane(TimelineLane::Exclusions).height(), 30.0);
    EXPECT_GE(l.lane(TimelineLane::Psps).height(), 9.0);
    // The legend fits under the lanes.
    ASSERT_FALSE(l.legend.empty());
    for (const TimelineLegendEntry& e : l.legend) {
        EXPECT_TRUE(QRectF(0, 0, 1000, 220).contains(e.textRect)) << e.text.toStdString();
        EXPECT_GE(e.textRect.top(), l.plot.bottom());
    }
    // Every suspension can be pointed at and is at least 3 px wide; a longer one is taller.
    for (const TimelineSuspension& s : data.suspensions) {
        const TimelineHit* hit = hitFor(l, CaseRecordKind::Suspension, s.id);
        ASSERT_NE(hit, nullptr);
        EXPECT_GE(hit->rect.width(), 6.0);
    }
    // The school names are written (elided where the band is short).
    QPainter painter(&device);
    paintTimeline(painter, l, data);
    painter.end();
    EXPECT_TRUE(device.contains(QStringLiteral("Westbrook Primary School")));
    EXPECT_TRUE(device.contains(QStringLiteral("Northfield Academy")));
    EXPECT_TRUE(device.contains(QStringLiteral("Southgate High School")));
    bool elided = false;
    for (const TextCollector::Text& t : device.texts()) {
        elided = elided || (t.text.startsWith(QStringLiteral("Horiz")) && t.text.endsWith(QChar(0x2026)));
    }
    EXPECT_TRUE(elided) << "the short PRU band shows its name cut short";
}

TEST(TimelinePainter, PaintsEachThingWhereTheLayoutPutsIt)
{
    const TimelineData data = buildTimeline(longHistory(), kAsOf);
    const QImage image = render(data, QSize(1000, 220));
    if (const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        image.save(QDir(dir).filePath(QStringLiteral("timeline-long-history.png")));
    }
    const TimelineLayout l = layoutTimeline(QRectF(0, 0, 1000, 220), data, {}, &image);

    // Nothing is left unpainted.
    EXPECT_NE(image.pixelColor(500, 110), QColor(Qt::magenta));
    EXPECT_NE(image.pixelColor(2, 2), QColor(Qt::magenta));

    // Westbrook's band in the first school colour, near its right end (away from the name).
    const TimelineHit* westbrook = hitFor(l, CaseRecordKind::Enrolment, 1);
    ASSERT_NE(westbrook, nullptr);
    EXPECT_TRUE(
        near(image.pixelColor(QPoint(westbrook->rect.right() - 4, westbrook->rect.center().y())), schoolFill(0)));
    // Northfield in the second.
    const TimelineHit* northfield = hitFor(l, CaseRecordKind::Enrolment, 2);
    ASSERT_NE(northfield, nullptr);
    EXPECT_TRUE(
        near(image.pixelColor(QPoint(northfield->rect.right() - 4, northfield->rect.center().y())), schoolFill(1)));

    // A suspension bar in amber at its foot; a longer suspension is taller.
    const TimelineSuspension& first = data.suspensions.front();
    const TimelineHit* bar = hitFor(l, CaseRecordKind::Suspension, first.id);
    ASSERT_NE(bar, nullptr);
    const QRectF lane = l.lane(TimelineLane::Exclusions);
    EXPECT_TRUE(near(image.pixelColor(QPoint(bar->rect.center().x(), lane.bottom() - 3)), suspensionColour(), 90));
    auto longest = std::max_element(data.suspensions.begin(), data.suspensions.end(),
                                    [](const auto& a, const auto& b) { return a.days < b.days; });
    auto shortest = std::min_element(data.suspensions.begin(), data.suspensions.end(),
                                     [](const auto& a, const auto& b) { return a.days < b.days; });
    EXPECT_GT(hitFor(l, CaseRecordKind::Suspension, longest->id)->rect.height(),
              hitFor(l, CaseRecordKind::Suspension, shortest->id)->rect.height() * 2);
    // Above a short suspension's bar there is no amber.
    const TimelineHit* shortBar = hitFor(l, CaseRecordKind::Suspension, shortest->id);
    EXPECT_FALSE(near(image.pixelColor(QPoint(shortBar->rect.center().x(), lane.top() + 2)), suspensionColour(), 90));

    // The upheld exclusion is a filled dark red diamond; the reinstated one is hollow (white inside).
    const TimelineHit* upheld = hitFor(l, CaseRecordKind::Exclusion, 201);
    const TimelineHit* reinstated = hitFor(l, CaseRecordKind::Exclusion, 202);
    ASSERT_NE(upheld, nullptr);
    ASSERT_NE(reinstated, nullptr);
    EXPECT_TRUE(near(image.pixelColor(upheld->rect.center().toPoint()), exclusionColour(ExclusionStanding::Upheld)));
    EXPECT_TRUE(near(image.pixelColor(reinstated->rect.center().toPoint()), QColor(Qt::white)));
    // ... and the upheld one's line runs through the PSP lane.
    EXPECT_TRUE(near(image.pixelColor(QPoint(upheld->rect.center().x(), l.lane(TimelineLane::Psps).center().y())),
                     exclusionColour(ExclusionStanding::Upheld), 120));

    // Spans in their lanes and colours.
    const TimelineHit* psp = hitFor(l, CaseRecordKind::Psp, 302);
    ASSERT_NE(psp, nullptr);
    EXPECT_GE(psp->rect.top(), l.lane(TimelineLane::Psps).top());
    EXPECT_LE(psp->rect.bottom(), l.lane(TimelineLane::Psps).bottom());
    EXPECT_TRUE(near(image.pixelColor(psp->rect.center().toPoint()), spanColour(TimelineSpanKind::Psp)));
    const TimelineHit* ehe = hitFor(l, CaseRecordKind::Registration, 501);
    ASSERT_NE(ehe, nullptr);
    EXPECT_TRUE(near(image.pixelColor(QPoint(ehe->rect.left() + 2, ehe->rect.center().y())),
                     spanColour(TimelineSpanKind::ElectiveHomeEducation)));
    // The PSP lane is empty in 2019/20.
    EXPECT_FALSE(near(image.pixelColor(QPoint(l.xFor(QDate(2020, 1, 15)), l.lane(TimelineLane::Psps).center().y())),
                      spanColour(TimelineSpanKind::Psp)));

    // Pointing: the exclusion is on top of the suspensions lane; the referral in the panel lane.
    const TimelineHit* at = l.hitAt(upheld->rect.center());
    ASSERT_NE(at, nullptr);
    EXPECT_EQ(at->kind, CaseRecordKind::Exclusion);
    EXPECT_EQ(at->text, QStringLiteral("03/11/2025: permanent exclusion, upheld"));
    const TimelineHit* referral = hitFor(l, CaseRecordKind::PipReferral, 601);
    ASSERT_NE(referral, nullptr);
    EXPECT_GE(referral->rect.top(), l.lane(TimelineLane::Panel).top());
    EXPECT_EQ(l.hitAt(QPointF(l.xFor(QDate(2020, 1, 15)), l.lane(TimelineLane::Panel).center().y())), nullptr);
}

TEST(TimelinePainter, NarrowYearsGetShortLabels)
{
    const TimelineData data = buildTimeline(longHistory(), kAsOf);
    const TimelineLayout l = layoutTimeline(QRectF(0, 0, 420, 200), data);
    ASSERT_EQ(l.yearLabels.size(), 8u);
    EXPECT_EQ(l.yearLabels.front().text, QStringLiteral("18/19"));
    EXPECT_EQ(l.yearLabels.back().text, QStringLiteral("25/26"));
}

TEST(TimelinePainter, ScalesWithTheDeviceForPrint)
{
    // An A4 landscape band at 300 dpi: every size is 300/96 of the screen's, and the picture stays whole.
    const TimelineData data = buildTimeline(longHistory(), kAsOf);
    QImage page(3300, 750, QImage::Format_ARGB32);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    const TimelineLayout l = layoutTimeline(QRectF(0, 0, 3300, 750), data, {}, &page);
    EXPECT_NEAR(l.unit, 300.0 / 96.0, 0.01);
    EXPECT_EQ(l.yearLabels.size(), 8u);
    EXPECT_EQ(l.yearLabels.front().text, QStringLiteral("2018/19"));
    EXPECT_GE(l.lane(TimelineLane::Exclusions).height(), 30.0 * l.unit);
    for (const TimelineHit& h : l.hits) {
        EXPECT_TRUE(l.plot.adjusted(-10 * l.unit, -1, 10 * l.unit, 1).contains(h.rect)) << h.text.toStdString();
    }
}

} // namespace
} // namespace casebook::printing
