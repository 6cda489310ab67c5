#include "services/EnrolmentCheck.h"

#include "calendar/UkDate.h"

#include <algorithm>

namespace casebook {

namespace {

using Severity = FieldIssue::Severity;

const QString kSingle = QStringLiteral("single");

bool overlaps(const Enrolment& a, const Enrolment& b)
{
    const bool aEndsBeforeB = a.endDate.isValid() && a.endDate < b.startDate;
    const bool bEndsBeforeA = b.endDate.isValid() && b.endDate < a.startDate;
    return !aEndsBeforeB && !bEndsBeforeA;
}

QString period(const Enrolment& e)
{
    return e.endDate.isValid() ? QStringLiteral("%1 to %2").arg(ukDate(e.startDate), ukDate(e.endDate))
                               : QStringLiteral("from %1, still open").arg(ukDate(e.startDate));
}

QString schoolName(const Enrolment& e)
{
    return e.schoolName.isEmpty() ? QStringLiteral("another school") : e.schoolName;
}

// An issue on `field` when `candidate`, a single registration, overlaps another single registration.
void checkOverlap(const Enrolment& candidate, const std::vector<Enrolment>& others, const QString& field,
                  std::vector<FieldIssue>& issues)
{
    if (candidate.registrationType != kSingle || !candidate.startDate.isValid()) {
        return;
    }
    for (const Enrolment& other : others) {
        if ((candidate.id != 0 && other.id == candidate.id) || other.registrationType != kSingle ||
            !other.startDate.isValid()) {
            continue;
        }
        if (overlaps(candidate, other)) {
            issues.push_back({field, QStringLiteral("This overlaps the single registration at %1 (%2): a pupil has "
                                                    "one single registration at a time.")
                                         .arg(schoolName(other), period(other))});
            return;
        }
    }
}

} // namespace

std::vector<FieldIssue> checkEnrolment(const Enrolment& e, const std::vector<Enrolment>& others)
{
    std::vector<FieldIssue> issues;
    if (e.schoolId <= 0) {
        issues.push_back({QStringLiteral("school"), QStringLiteral("Choose the school.")});
    }
    if (!e.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Enter the date the pupil joined the school.")});
        return issues;
    }
    if (e.endDate.isValid() && e.endDate < e.startDate) {
        issues.push_back({QStringLiteral("endDate"), QStringLiteral("The end date (%1) cannot come before the start "
                                                                    "date (%2).")
                                                         .arg(ukDate(e.endDate), ukDate(e.startDate))});
    }
    if (e.destinationSchoolId > 0 && e.destinationSchoolId == e.schoolId) {
        issues.push_back({QStringLiteral("destinationSchool"),
                          QStringLiteral("The destination cannot be the school the pupil left.")});
    }
    if (!e.leavingReason.isEmpty() && !e.endDate.isValid()) {
        issues.push_back({QStringLiteral("endDate"), QStringLiteral("A leaving reason is recorded: enter the pupil's "
                                                                    "last day on roll.")});
    } else if (e.endDate.isValid() && e.leavingReason.isEmpty()) {
        issues.push_back({QStringLiteral("leavingReason"),
                          QStringLiteral("Record why the pupil left: where pupils go is part of the evidence trail."),
                          Severity::Warning});
    }
    checkOverlap(e, others, QStringLiteral("startDate"), issues);
    return issues;
}

std::vector<FieldIssue> checkSchoolMove(const SchoolMove& move, const std::optional<Enrolment>& leaving,
                                        const std::vector<Enrolment>& others)
{
    std::vector<FieldIssue> issues;
    std::vector<Enrolment> after = others; // the pupil's enrolments once the leaving one has ended
    if (leaving) {
        const QString school = schoolName(*leaving);
        if (!move.endDate.isValid()) {
            issues.push_back({QStringLiteral("endDate"), QStringLiteral("Enter the last day at %1.").arg(school)});
        } else if (move.endDate < leaving->startDate) {
            issues.push_back(
                {QStringLiteral("endDate"), QStringLiteral("The last day at %1 (%2) cannot come before "
                                                           "the pupil joined it (%3).")
                                                .arg(school, ukDate(move.endDate), ukDate(leaving->startDate))});
        }
        if (move.leavingReason.isEmpty()) {
            issues.push_back(
                {QStringLiteral("leavingReason"), QStringLiteral("Choose why the pupil left %1.").arg(school)});
        }
        if (move.destinationSchoolId > 0 && move.destinationSchoolId == leaving->schoolId) {
            issues.push_back({QStringLiteral("destinationSchool"),
                              QStringLiteral("The pupil is leaving %1: choose the school they move to.").arg(school)});
        }
        // Once ended it counts with its last day; without one, the missing date is the problem to report.
        after.erase(std::remove_if(after.begin(), after.end(),
                                   [&](const Enrolment& e) { return e.id == leaving->id && !move.endDate.isValid(); }),
                    after.end());
        for (Enrolment& e : after) {
            if (e.id == leaving->id) {
                e.endDate = move.endDate;
            }
        }
    }
    if (move.destinationSchoolId <= 0) {
        if (!leaving) {
            issues.push_back({QStringLiteral("destinationSchool"),
                              QStringLiteral("The pupil is on no school's roll: choose the school they join.")});
        } else if ((move.leavingReason == QLatin1String("moved_school") ||
                    move.leavingReason == QLatin1String("managed_move")) &&
                   move.destinationNote.trimmed().isEmpty()) {
            issues.push_back({QStringLiteral("destinationSchool"),
                              QStringLiteral("No destination school: the pupil will be on no school's roll. Choose "
                                             "the school, or say where the pupil went in the note."),
                              Severity::Warning});
        }
        return issues;
    }
    if (!move.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Enter the first day at the new school.")});
        return issues;
    }
    Enrolment next;
    next.schoolId = move.destinationSchoolId;
    next.startDate = move.startDate;
    next.registrationType = move.registrationType;
    checkOverlap(next, after, QStringLiteral("startDate"), issues);
    return issues;
}

} // namespace casebook
