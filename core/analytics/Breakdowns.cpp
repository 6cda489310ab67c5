#include "analytics/Breakdowns.h"

#include "calendar/NationalCurriculumYear.h"

#include <QHash>

namespace casebook {

std::vector<ReasonShare> withReasonTotals(std::vector<ReasonShare> rows)
{
    QHash<QString, int> totals;
    for (const ReasonShare& r : rows) {
        totals[r.kind] += r.reasons;
    }
    for (ReasonShare& r : rows) {
        r.totalReasons = totals.value(r.kind);
    }
    return rows;
}

std::vector<GroupFigures> disproportionality(const std::vector<GroupCounts>& counts)
{
    struct Totals
    {
        qint64 pupils = 0;
        qint64 suspensions = 0;
        qint64 pupilsSuspended = 0;
        qint64 exclusions = 0;
    };
    QHash<QString, Totals> totals; // per dimension, over groups with pupils
    for (const GroupCounts& c : counts) {
        if (c.pupils <= 0) {
            continue;
        }
        Totals& t = totals[c.dimension];
        t.pupils += c.pupils;
        t.suspensions += c.suspensions;
        t.pupilsSuspended += c.pupilsSuspended;
        t.exclusions += c.permanentExclusions;
    }
    std::vector<GroupFigures> rows;
    rows.reserve(counts.size());
    for (const GroupCounts& c : counts) {
        GroupFigures g;
        g.dimension = c.dimension;
        g.group = c.group;
        g.label = groupLabel(c.dimension, c.group);
        g.pupils = c.pupils;
        g.suspensions = c.suspensions;
        g.pupilsSuspended = c.pupilsSuspended;
        g.permanentExclusions = c.permanentExclusions;
        if (c.pupils > 0) {
            const Totals t = totals.value(c.dimension);
            const std::optional<qint64> group = c.pupils;
            const std::optional<qint64> rest = t.pupils - c.pupils;
            g.suspensionRate = ratePer100(c.suspensions, group);
            g.oneOrMoreRate = ratePer100(c.pupilsSuspended, group);
            g.permanentExclusionRate = ratePer100(c.permanentExclusions, group);
            g.suspensionRatio = rateRatio(g.suspensionRate, ratePer100(t.suspensions - c.suspensions, rest));
            g.oneOrMoreRatio = rateRatio(g.oneOrMoreRate, ratePer100(t.pupilsSuspended - c.pupilsSuspended, rest));
            g.permanentExclusionRatio =
                rateRatio(g.permanentExclusionRate, ratePer100(t.exclusions - c.permanentExclusions, rest));
        }
        rows.push_back(g);
    }
    return rows;
}

QString groupLabel(const QString& dimension, const QString& group)
{
    if (dimension == kBySex) {
        if (group == QLatin1String("F")) {
            return QStringLiteral("Female");
        }
        if (group == QLatin1String("M")) {
            return QStringLiteral("Male");
        }
        return QStringLiteral("Not known");
    }
    if (dimension == kBySen) {
        if (group == QLatin1String("K")) {
            return QStringLiteral("SEN support");
        }
        if (group == QLatin1String("E")) {
            return QStringLiteral("EHC plan");
        }
        return QStringLiteral("No SEN");
    }
    if (dimension == kByFsm) {
        return group == QLatin1String("1") ? QStringLiteral("FSM eligible") : QStringLiteral("Not FSM eligible");
    }
    if (dimension == kByLookedAfter) {
        return group == QLatin1String("1") ? QStringLiteral("Looked after") : QStringLiteral("Not looked after");
    }
    if (dimension == kByYearGroup) {
        bool ok = false;
        const int year = group.toInt(&ok);
        return ok ? nationalCurriculumYearName(year) : QStringLiteral("Not known");
    }
    return group.isEmpty() ? QStringLiteral("Not recorded") : group;
}

} // namespace casebook
