#include "services/PspCheck.h"

#include "calendar/UkDate.h"

#include <QStringList>

namespace casebook {

namespace {

const QDate kOpenEnded(9999, 12, 31);

QDate lastDay(const Psp& p)
{
    return p.endDate.isValid() ? p.endDate : kOpenEnded;
}

void checkReviews(const Psp& p, std::vector<FieldIssue>& issues)
{
    const QString field = QStringLiteral("reviews");
    for (size_t i = 0; i < p.reviews.size(); ++i) {
        const PspReview& r = p.reviews.at(i);
        const int row = static_cast<int>(i) + 1;
        if (!r.dueOn.isValid()) {
            issues.push_back({field, QStringLiteral("Review %1: enter the date it is due.").arg(row)});
        }
        if (r.heldOn.isValid() && r.heldOn < p.startDate) {
            issues.push_back({field, QStringLiteral("Review %1: held on %2, before the plan started on %3.")
                                         .arg(row)
                                         .arg(ukDate(r.heldOn), ukDate(p.startDate))});
        }
        if (r.dueOn.isValid() && p.endDate.isValid() && r.dueOn > p.endDate) {
            issues.push_back({field,
                              QStringLiteral("Review %1: due on %2, after the plan ended on %3.")
                                  .arg(row)
                                  .arg(ukDate(r.dueOn), ukDate(p.endDate)),
                              FieldIssue::Severity::Warning});
        }
    }
}

} // namespace

std::vector<FieldIssue> checkPsp(const Psp& p, const std::vector<Psp>& others)
{
    std::vector<FieldIssue> issues;
    if (p.schoolId <= 0) {
        issues.push_back({QStringLiteral("school"), QStringLiteral("Choose the school that runs the plan.")});
    }
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("completed"),
                                         QStringLiteral("escalated"), QStringLiteral("lapsed")};
    if (!statuses.contains(p.status)) {
        issues.push_back({QStringLiteral("status"), QStringLiteral("Choose the plan's status.")});
    }
    if (!p.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Enter the date the plan started.")});
        return issues;
    }
    if (p.plannedEndDate.isValid() && p.plannedEndDate < p.startDate) {
        issues.push_back(
            {QStringLiteral("plannedEndDate"), QStringLiteral("The planned end (%1) cannot be before the start (%2).")
                                                   .arg(ukDate(p.plannedEndDate), ukDate(p.startDate))});
    }
    if (p.endDate.isValid() && p.endDate < p.startDate) {
        issues.push_back(
            {QStringLiteral("endDate"), QStringLiteral("The end date (%1) cannot be before the start (%2).")
                                            .arg(ukDate(p.endDate), ukDate(p.startDate))});
    }
    if (!p.endDate.isValid() && (p.status == QStringLiteral("completed") || p.status == QStringLiteral("lapsed"))) {
        issues.push_back({QStringLiteral("endDate"),
                          QStringLiteral("The plan is marked %1 but has no end date.").arg(p.status),
                          FieldIssue::Severity::Warning});
    }
    checkReviews(p, issues);
    for (const Psp& other : others) {
        if (other.id == p.id || other.status != QStringLiteral("active") || !other.startDate.isValid()) {
            continue;
        }
        if (p.startDate <= lastDay(other) && other.startDate <= lastDay(p)) {
            const QString until = other.endDate.isValid() ? QStringLiteral("to %1").arg(ukDate(other.endDate))
                                  : other.plannedEndDate.isValid()
                                      ? QStringLiteral("(planned end %1)").arg(ukDate(other.plannedEndDate))
                                      : QStringLiteral("(no end date)");
            issues.push_back({QStringLiteral("startDate"),
                              QStringLiteral("This overlaps the active plan from %1 %2 already recorded for this "
                                             "pupil.")
                                  .arg(ukDate(other.startDate), until),
                              FieldIssue::Severity::Warning});
            break;
        }
    }
    return issues;
}

std::vector<QDate> pspReviewSchedule(QDate start, QDate until, int everyWeeks)
{
    std::vector<QDate> dates;
    if (!start.isValid() || everyWeeks < 1) {
        return dates;
    }
    const QDate last = until.isValid() && until > start ? until : start.addDays(7LL * kPspTypicalWeeks);
    for (QDate due = start.addDays(7LL * everyWeeks); due <= last; due = due.addDays(7LL * everyWeeks)) {
        dates.push_back(due);
    }
    if (dates.empty()) {
        dates.push_back(last);
    }
    return dates;
}

} // namespace casebook
