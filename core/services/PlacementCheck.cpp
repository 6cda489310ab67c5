#include "services/PlacementCheck.h"

#include "calendar/UkDate.h"

namespace casebook {

namespace {

bool overlaps(const Placement& a, const Placement& b)
{
    // An open end runs on indefinitely.
    const bool aEndsBeforeB = a.endDate.isValid() && a.endDate < b.startDate;
    const bool bEndsBeforeA = b.endDate.isValid() && b.endDate < a.startDate;
    return !aEndsBeforeB && !bEndsBeforeA;
}

QString span(const Placement& p)
{
    return p.endDate.isValid() ? QStringLiteral("from %1 to %2").arg(ukDate(p.startDate), ukDate(p.endDate))
                               : QStringLiteral("from %1 (no end recorded)").arg(ukDate(p.startDate));
}

} // namespace

std::vector<FieldIssue> checkPlacement(const Placement& p, const std::vector<Placement>& others)
{
    std::vector<FieldIssue> issues;
    const bool knownKind = isChoice(placementKinds(), p.kind);
    if (!knownKind) {
        issues.push_back(
            {QStringLiteral("kind"), QStringLiteral("Kind: choose a managed move or an off-site direction.")});
    }
    if (p.fromSchoolId == 0) {
        issues.push_back(
            {QStringLiteral("fromSchool"), QStringLiteral("From school: choose the school the pupil leaves.")});
    }
    if (p.toSchoolId == 0) {
        issues.push_back(
            {QStringLiteral("toSchool"), QStringLiteral("To school: choose the school the pupil goes to.")});
    } else if (p.toSchoolId == p.fromSchoolId) {
        issues.push_back({QStringLiteral("toSchool"),
                          QStringLiteral("To school: the pupil cannot move to the school they are leaving.")});
    }
    if (!p.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Start: enter the date the placement started.")});
        return issues;
    }
    if (p.reviewOn.isValid() && p.reviewOn < p.startDate) {
        issues.push_back(
            {QStringLiteral("reviewOn"),
             QStringLiteral("Review: %1 is before the start (%2).").arg(ukDate(p.reviewOn), ukDate(p.startDate))});
    }
    if (p.endDate.isValid() && p.endDate < p.startDate) {
        issues.push_back(
            {QStringLiteral("endDate"),
             QStringLiteral("End: %1 is before the start (%2).").arg(ukDate(p.endDate), ukDate(p.startDate))});
    }
    if (p.kind == QLatin1String("off_site_direction") && !p.reviewOn.isValid()) {
        issues.push_back(
            {QStringLiteral("reviewOn"),
             QStringLiteral("Review: an off-site direction must be reviewed. Enter the date of its review."),
             FieldIssue::Severity::Warning});
    }
    if (!knownKind || (p.endDate.isValid() && p.endDate < p.startDate)) {
        return issues;
    }
    for (const Placement& other : others) {
        if ((p.id != 0 && other.id == p.id) || other.kind != p.kind || !other.startDate.isValid() ||
            !overlaps(p, other)) {
            continue;
        }
        issues.push_back({QStringLiteral("startDate"),
                          QStringLiteral("Start: this overlaps the %1 %2 already recorded.")
                              .arg(choiceLabel(placementKinds(), other.kind).toLower(), span(other)),
                          FieldIssue::Severity::Warning});
        break;
    }
    return issues;
}

} // namespace casebook
