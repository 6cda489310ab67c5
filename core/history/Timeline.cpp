#include "history/Timeline.h"

#include "calendar/UkDate.h"

#include <QStringList>

#include <algorithm>
#include <optional>
#include <tuple>

namespace casebook {

namespace {

// Enrolments at the same school this close together are one stay (a re-registration after a weekend or a
// half-term week, say), not two bands.
constexpr qint64 kSameStayGapDays = 7;

QString plainWords(const QString& id)
{
    QString words = QString(id).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words[0].toUpper();
    }
    return words;
}

QString dayCount(double days)
{
    if (days == 0.5) {
        return QStringLiteral("half a day");
    }
    return days == 1.0 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days, 0, 'g', 4);
}

QString spanDates(QDate start, QDate end, bool open)
{
    return open ? QStringLiteral("from %1, still open").arg(ukDate(start))
                : QStringLiteral("%1 to %2").arg(ukDate(start), ukDate(end));
}

std::optional<TimelineSpanKind> spanKindOf(TimelineSource source)
{
    switch (source) {
    case TimelineSource::Psp:
        return TimelineSpanKind::Psp;
    case TimelineSource::ManagedMove:
        return TimelineSpanKind::ManagedMove;
    case TimelineSource::OffSiteDirection:
        return TimelineSpanKind::OffSiteDirection;
    case TimelineSource::ApPlacement:
        return TimelineSpanKind::ApPlacement;
    case TimelineSource::ElectiveHomeEducation:
        return TimelineSpanKind::ElectiveHomeEducation;
    case TimelineSource::ChildMissingEducation:
        return TimelineSpanKind::ChildMissingEducation;
    default:
        return std::nullopt;
    }
}

// Gives each interval the lowest row whose last interval ended before it starts. `items` sorted by start.
template <typename T>
void assignRows(std::vector<T*>& items)
{
    std::vector<QDate> rowEnds;
    for (T* item : items) {
        auto free = std::find_if(rowEnds.begin(), rowEnds.end(), [&](QDate end) { return end < item->start; });
        if (free == rowEnds.end()) {
            item->row = static_cast<int>(rowEnds.size());
            rowEnds.push_back(item->end);
        } else {
            item->row = static_cast<int>(free - rowEnds.begin());
            *free = item->end;
        }
    }
}

// The last day an interval is shown to: its end, or asOf while open (never before its start).
QDate shownEnd(QDate start, QDate end, QDate asOf)
{
    if (end.isValid()) {
        return end;
    }
    return asOf.isValid() && asOf > start ? asOf : start;
}

std::vector<TimelineSchoolBand> schoolBands(const std::vector<const TimelineRecord*>& enrolments, QDate asOf)
{
    std::vector<const TimelineRecord*> sorted = enrolments;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TimelineRecord* a, const TimelineRecord* b) {
        return std::tie(a->start, a->id) < std::tie(b->start, b->id);
    });
    std::vector<TimelineSchoolBand> bands;
    std::map<qint64, int> colours;
    for (const TimelineRecord* e : sorted) {
        const bool open = !e->end.isValid();
        const QDate end = shownEnd(e->start, e->end, asOf);
        auto same = std::find_if(bands.rbegin(), bands.rend(), [&](const TimelineSchoolBand& b) {
            return b.schoolId == e->schoolId && b.end.daysTo(e->start) <= kSameStayGapDays;
        });
        if (same != bands.rend()) {
            same->end = std::max(same->end, end);
            same->open = same->open || open;
            continue;
        }
        TimelineSchoolBand band;
        band.schoolId = e->schoolId;
        band.enrolmentId = e->id;
        band.name = e->schoolName;
        band.start = e->start;
        band.end = end;
        band.open = open;
        band.colour = colours.emplace(e->schoolId, static_cast<int>(colours.size())).first->second;
        bands.push_back(band);
    }
    std::vector<TimelineSchoolBand*> pointers;
    for (TimelineSchoolBand& b : bands) {
        pointers.push_back(&b);
    }
    assignRows(pointers);
    return bands;
}

} // namespace

ExclusionStanding exclusionStanding(const QString& boardOutcome, const QString& irpOutcome,
                                    const QString& reconsiderationOutcome, QDate withdrawnOn)
{
    const QLatin1String upheld("upheld");
    const QLatin1String reinstated("reinstated");
    if (withdrawnOn.isValid()) {
        return ExclusionStanding::Withdrawn;
    }
    if (reconsiderationOutcome == reinstated) {
        return ExclusionStanding::Reinstated;
    }
    if (reconsiderationOutcome == upheld) {
        return ExclusionStanding::Upheld;
    }
    if (boardOutcome == reinstated) {
        return ExclusionStanding::Reinstated;
    }
    if (!irpOutcome.isEmpty() && irpOutcome != upheld) {
        return ExclusionStanding::Pending; // the board must reconsider
    }
    return boardOutcome == upheld ? ExclusionStanding::Upheld : ExclusionStanding::Pending;
}

QString exclusionStandingName(ExclusionStanding standing)
{
    switch (standing) {
    case ExclusionStanding::Pending:
        return QStringLiteral("awaiting review");
    case ExclusionStanding::Upheld:
        return QStringLiteral("upheld");
    case ExclusionStanding::Reinstated:
        return QStringLiteral("reinstated");
    case ExclusionStanding::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

TimelineLane laneOf(TimelineSpanKind kind)
{
    switch (kind) {
    case TimelineSpanKind::Psp:
        return TimelineLane::Psps;
    case TimelineSpanKind::ManagedMove:
    case TimelineSpanKind::OffSiteDirection:
    case TimelineSpanKind::ApPlacement:
        return TimelineLane::Placements;
    case TimelineSpanKind::ElectiveHomeEducation:
    case TimelineSpanKind::ChildMissingEducation:
        return TimelineLane::Registrations;
    }
    return TimelineLane::Placements;
}

QString timelineLaneName(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Schools:
        return QStringLiteral("Schools");
    case TimelineLane::Exclusions:
        return QStringLiteral("Suspensions");
    case TimelineLane::Psps:
        return QStringLiteral("PSPs");
    case TimelineLane::Placements:
        return QStringLiteral("Placements");
    case TimelineLane::Registrations:
        return QStringLiteral("EHE / CME");
    case TimelineLane::Panel:
        return QStringLiteral("Panel");
    }
    return {};
}

QString timelineSpanKindName(TimelineSpanKind kind)
{
    switch (kind) {
    case TimelineSpanKind::Psp:
        return QStringLiteral("Pastoral support plan");
    case TimelineSpanKind::ManagedMove:
        return QStringLiteral("Managed move");
    case TimelineSpanKind::OffSiteDirection:
        return QStringLiteral("Off-site direction");
    case TimelineSpanKind::ApPlacement:
        return QStringLiteral("Alternative provision");
    case TimelineSpanKind::ElectiveHomeEducation:
        return QStringLiteral("Elective home education");
    case TimelineSpanKind::ChildMissingEducation:
        return QStringLiteral("Child missing education");
    }
    return {};
}

CaseRecordKind recordKindOf(TimelineSpanKind kind)
{
    switch (kind) {
    case TimelineSpanKind::Psp:
        return CaseRecordKind::Psp;
    case TimelineSpanKind::ManagedMove:
    case TimelineSpanKind::OffSiteDirection:
        return CaseRecordKind::Placement;
    case TimelineSpanKind::ApPlacement:
        return CaseRecordKind::ApPlacement;
    case TimelineSpanKind::ElectiveHomeEducation:
    case TimelineSpanKind::ChildMissingEducation:
        return CaseRecordKind::Registration;
    }
    return CaseRecordKind::Placement;
}

bool TimelineData::isEmpty() const
{
    return schools.empty() && suspensions.empty() && exclusions.empty() && spans.empty() && marks.empty();
}

QDate TimelineData::firstDay() const
{
    return years.empty() ? QDate() : years.front().firstDay();
}

QDate TimelineData::lastDay() const
{
    return years.empty() ? QDate() : years.back().lastDay();
}

int TimelineData::rows(TimelineLane lane) const
{
    int rows = 1;
    if (lane == TimelineLane::Schools) {
        for (const TimelineSchoolBand& b : schools) {
            rows = std::max(rows, b.row + 1);
        }
        return rows;
    }
    for (const TimelineSpan& s : spans) {
        if (laneOf(s.kind) == lane) {
            rows = std::max(rows, s.row + 1);
        }
    }
    return rows;
}

TimelineData buildTimeline(const std::vector<TimelineRecord>& records, QDate asOf)
{
    TimelineData data;
    data.asOf = asOf;
    QDate first;
    QDate last = asOf;
    const auto see = [&](QDate d) {
        if (d.isValid()) {
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
    };
    std::vector<const TimelineRecord*> enrolments;
    for (const TimelineRecord& r : records) {
        if (r.voided || !r.start.isValid()) {
            continue;
        }
        see(r.start);
        see(r.end);
        see(r.decisionOn);
        if (r.schoolId != 0 && !r.schoolName.isEmpty()) {
            data.schoolNames.emplace(r.schoolId, r.schoolName);
        }
        switch (r.source) {
        case TimelineSource::Enrolment:
            enrolments.push_back(&r);
            break;
        case TimelineSource::Suspension:
            data.suspensions.push_back({r.id, r.start, r.lunchtime ? 0.5 : r.sessions / 2.0, r.lunchtime,
                                        r.cancelledOn.isValid(), r.schoolName, r.detail});
            break;
        case TimelineSource::PermanentExclusion:
            data.exclusions.push_back(
                {r.id, r.start,
                 exclusionStanding(r.boardOutcome, r.irpOutcome, r.reconsiderationOutcome, r.withdrawnOn), r.schoolName,
                 r.detail});
            break;
        case TimelineSource::PipReferral:
            data.marks.push_back({TimelineMarkKind::PipReferral, r.id, r.start, r.schoolName});
            if (r.decisionOn.isValid()) {
                data.marks.push_back({TimelineMarkKind::PipDecision, r.id, r.decisionOn,
                                      r.detail.isEmpty() ? QStringLiteral("Decided") : plainWords(r.detail)});
            }
            break;
        default:
            if (const auto kind = spanKindOf(r.source)) {
                const QString label =
                    r.source == TimelineSource::ApPlacement && !r.detail.isEmpty() ? r.detail : r.schoolName;
                data.spans.push_back(
                    {*kind, r.id, r.start, shownEnd(r.start, r.end, asOf), !r.end.isValid(), 0, label});
            }
            break;
        }
    }

    data.schools = schoolBands(enrolments, asOf);
    std::stable_sort(data.suspensions.begin(), data.suspensions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.firstDay, a.id) < std::tie(b.firstDay, b.id);
    });
    std::stable_sort(data.exclusions.begin(), data.exclusions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.decisionDate, a.id) < std::tie(b.decisionDate, b.id);
    });
    std::stable_sort(data.marks.begin(), data.marks.end(),
                     [](const auto& a, const auto& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
    std::stable_sort(data.spans.begin(), data.spans.end(), [](const TimelineSpan& a, const TimelineSpan& b) {
        return std::make_tuple(static_cast<int>(laneOf(a.kind)), a.start, a.id) <
               std::make_tuple(static_cast<int>(laneOf(b.kind)), b.start, b.id);
    });
    for (TimelineLane lane : {TimelineLane::Psps, TimelineLane::Placements, TimelineLane::Registrations}) {
        std::vector<TimelineSpan*> inLane;
        for (TimelineSpan& s : data.spans) {
            if (laneOf(s.kind) == lane) {
                inLane.push_back(&s);
            }
        }
        assignRows(inLane);
    }

    if (!first.isValid()) {
        first = last;
    }
    for (AcademicYear y = AcademicYear::containing(first); y.isValid() && !(AcademicYear::containing(last) < y);
         y = y.next()) {
        data.years.push_back(y);
    }
    return data;
}

QString describeSchoolBand(const TimelineSchoolBand& band)
{
    return QStringLiteral("%1: on roll %2").arg(band.name, spanDates(band.start, band.end, band.open));
}

QString describeSuspension(const TimelineSuspension& s)
{
    QString text =
        QStringLiteral("%1: %2 of %3")
            .arg(ukDate(s.firstDay),
                 s.lunchtime ? QStringLiteral("lunchtime suspension") : QStringLiteral("suspension"), dayCount(s.days));
    if (!s.schoolName.isEmpty()) {
        text += QStringLiteral(" from ") + s.schoolName;
    }
    if (!s.reasons.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(s.reasons);
    }
    if (s.cancelled) {
        text += QStringLiteral(", cancelled");
    }
    return text;
}

QString describeExclusion(const TimelineExclusion& x)
{
    QString text = QStringLiteral("%1: permanent exclusion").arg(ukDate(x.decisionDate));
    if (!x.schoolName.isEmpty()) {
        text += QStringLiteral(" from ") + x.schoolName;
    }
    if (!x.reasons.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(x.reasons);
    }
    return text + QStringLiteral(", ") + exclusionStandingName(x.standing);
}

QString describeSpan(const TimelineSpan& span)
{
    QString text = timelineSpanKindName(span.kind);
    if (!span.label.isEmpty()) {
        text +=
            (span.kind == TimelineSpanKind::ApPlacement ? QStringLiteral(" with ") : QStringLiteral(", ")) + span.label;
    }
    return text + QStringLiteral(": ") + spanDates(span.start, span.end, span.open);
}

QString describeMark(const TimelineMark& mark)
{
    if (mark.kind == TimelineMarkKind::PipDecision) {
        return QStringLiteral("%1: inclusion panel decision: %2").arg(ukDate(mark.date), mark.label);
    }
    QString text = QStringLiteral("%1: referred to the inclusion panel").arg(ukDate(mark.date));
    return mark.label.isEmpty() ? text : text + QStringLiteral(" by ") + mark.label;
}

QString describeTimeline(const TimelineData& data)
{
    if (data.isEmpty()) {
        return QStringLiteral("No dated records.");
    }
    QStringList parts;
    std::map<qint64, int> schools;
    for (const TimelineSchoolBand& b : data.schools) {
        schools.emplace(b.schoolId, 0);
    }
    parts << (schools.size() == 1 ? QStringLiteral("1 school") : QStringLiteral("%1 schools").arg(schools.size()));
    double days = 0.0;
    for (const TimelineSuspension& s : data.suspensions) {
        days += s.days;
    }
    parts << (data.suspensions.size() == 1
                  ? QStringLiteral("1 suspension (%1)").arg(dayCount(days))
                  : QStringLiteral("%1 suspensions (%2)").arg(data.suspensions.size()).arg(dayCount(days)));
    parts << (data.exclusions.size() == 1 ? QStringLiteral("1 permanent exclusion")
                                          : QStringLiteral("%1 permanent exclusions").arg(data.exclusions.size()));
    int plans = 0;
    int placements = 0;
    int registrations = 0;
    for (const TimelineSpan& s : data.spans) {
        const TimelineLane lane = laneOf(s.kind);
        plans += lane == TimelineLane::Psps ? 1 : 0;
        placements += lane == TimelineLane::Placements ? 1 : 0;
        registrations += lane == TimelineLane::Registrations ? 1 : 0;
    }
    const int referrals = static_cast<int>(std::count_if(
        data.marks.begin(), data.marks.end(), [](const auto& m) { return m.kind == TimelineMarkKind::PipReferral; }));
    parts << QStringLiteral("%1 PSP%2").arg(plans).arg(plans == 1 ? QString() : QStringLiteral("s"));
    parts << QStringLiteral("%1 placement%2").arg(placements).arg(placements == 1 ? QString() : QStringLiteral("s"));
    parts << QStringLiteral("%1 EHE/CME registration%2")
                 .arg(registrations)
                 .arg(registrations == 1 ? QString() : QStringLiteral("s"));
    parts << QStringLiteral("%1 inclusion panel referral%2")
                 .arg(referrals)
                 .arg(referrals == 1 ? QString() : QStringLiteral("s"));
    return QStringLiteral("Timeline %1 to %2: %3.")
        .arg(data.years.front().label(), data.years.back().label(), parts.join(QStringLiteral(", ")));
}

} // namespace casebook
