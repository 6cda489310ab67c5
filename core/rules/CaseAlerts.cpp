#include "rules/CaseAlerts.h"

#include "calendar/AcademicYear.h"
#include "calendar/UkDate.h"
#include "rules/PupilDeadlines.h"
#include "rules/PupilKeyFigures.h"

#include <algorithm>
#include <tuple>

namespace casebook {

namespace {

Deadline makeDeadline(DeadlineKind kind, QDate due, Party owedBy, RecordKind recordKind, qint64 recordId,
                      const QString& description, QDate onDate)
{
    Deadline d;
    d.kind = kind;
    d.due = due;
    d.owedBy = owedBy;
    d.recordKind = recordKind;
    d.recordId = recordId;
    d.description = description;
    d.overdue = !isAlert(kind) && due.isValid() && due < onDate;
    return d;
}

QString days(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

std::vector<Deadline> planDeadlines(const std::vector<PspFacts>& psps, const std::vector<ReferralFacts>& referrals,
                                    QDate onDate)
{
    std::vector<Deadline> out;
    for (const PspFacts& psp : psps) {
        if (!psp.active) {
            continue;
        }
        for (const PspFacts::Review& review : psp.openReviews) {
            out.push_back(makeDeadline(DeadlineKind::PspReview, review.due, Party::School, RecordKind::Psp, psp.id,
                                       QStringLiteral("Pastoral support plan review due %1 (plan started %2).")
                                           .arg(ukDate(review.due), ukDate(psp.start)),
                                       onDate));
        }
    }
    for (const ReferralFacts& referral : referrals) {
        if (referral.withdrawn) {
            continue;
        }
        for (const ReferralFacts::Action& action : referral.openActions) {
            out.push_back(makeDeadline(DeadlineKind::PipAction, action.due, Party::LocalAuthority,
                                       RecordKind::PipReferral, referral.id,
                                       QStringLiteral("Inclusion panel action for %1, due %2: %3")
                                           .arg(action.owner, ukDate(action.due), action.description),
                                       onDate));
        }
    }
    return out;
}

std::vector<Deadline> repeatSuspensionAlerts(const CaseRecords& records, const CalendarSet& calendars, QDate onDate,
                                             const AlertThresholds& thresholds)
{
    const PupilKeyFigures figures = keyFiguresForPupil(records.suspensions, records.exclusions, calendars, onDate);
    const bool manyThisTerm = figures.suspensionsThisTerm >= thresholds.repeatSuspensionsPerTerm;
    const bool manyDays = figures.limit.days >= thresholds.repeatDaysPerYear;
    if (!manyThisTerm && !manyDays) {
        return {};
    }
    const QDate yearStart = figures.year.firstDay();
    for (const PspFacts& psp : records.psps) {
        if (psp.start <= onDate && (!psp.end.isValid() || psp.end >= yearStart)) {
            return {};
        }
    }
    for (const ReferralFacts& referral : records.referrals) {
        if (referral.received >= yearStart && referral.received <= onDate) {
            return {};
        }
    }
    // Date the alert by the latest suspension that had begun by onDate.
    const SuspensionFacts* latest = nullptr;
    for (const SuspensionFacts& s : records.suspensions) {
        if (s.firstDay <= onDate && (latest == nullptr || latest->firstDay <= s.firstDay)) {
            latest = &s;
        }
    }
    if (latest == nullptr) {
        return {};
    }
    QStringList what;
    if (manyThisTerm) {
        what << QStringLiteral("%1 suspensions in %2")
                    .arg(figures.suspensionsThisTerm)
                    .arg(figures.currentTerm.displayName());
    }
    if (manyDays) {
        what << QStringLiteral("%1 days in %2").arg(days(figures.limit.days), figures.year.label());
    }
    return {makeDeadline(DeadlineKind::RepeatSuspensionsNoPlan, latest->firstDay, Party::LocalAuthority,
                         RecordKind::Suspension, latest->id,
                         QStringLiteral("Suspended repeatedly (%1) with no pastoral support plan and no inclusion "
                                        "panel referral this year. Consider a PSP or a PIP referral.")
                             .arg(what.join(QStringLiteral(", "))),
                         onDate)};
}

std::vector<Deadline> offRollingAlerts(const CaseRecords& records, QDate onDate, const AlertThresholds& thresholds)
{
    std::vector<Deadline> out;
    const QDate since = AcademicYear::containing(onDate).previous().firstDay();
    for (const RegistrationFacts& registration : records.registrations) {
        const QDate on = registration.registeredOn;
        if (!registration.electiveHomeEducation || on < since || on > onDate) {
            continue;
        }
        // The most recent suspension or exclusion that began on or before the registration.
        QDate began;
        QString what;
        for (const SuspensionFacts& s : records.suspensions) {
            if (s.firstDay <= on && (began.isNull() || s.firstDay > began)) {
                began = s.firstDay;
                what = QStringLiteral("suspended");
            }
        }
        for (const ExclusionFacts& x : records.exclusions) {
            if (x.decisionDate <= on && (began.isNull() || x.decisionDate > began)) {
                began = x.decisionDate;
                what = QStringLiteral("permanently excluded");
            }
        }
        if (began.isNull() || began.daysTo(on) > qint64(thresholds.eheAfterSuspensionWeeks) * 7) {
            continue;
        }
        const qint64 weeks = began.daysTo(on) / 7;
        out.push_back(makeDeadline(
            DeadlineKind::PossibleOffRolling, on, Party::LocalAuthority, RecordKind::Registration, registration.id,
            QStringLiteral("Elective home education registered %1, %2 %3 (%4 after). Possible off-rolling: check "
                           "the parent's choice was freely made.")
                .arg(ukDate(on), what, ukDate(began),
                     weeks == 0
                         ? QStringLiteral("less than a week")
                         : QStringLiteral("%1 week%2").arg(weeks).arg(weeks == 1 ? QString() : QStringLiteral("s"))),
            onDate));
    }
    return out;
}

std::vector<Deadline> openDeadlinesForCase(const CaseRecords& records, const CalendarSet& calendars, QDate onDate,
                                           const AlertThresholds& thresholds)
{
    std::vector<Deadline> all = openDeadlinesForPupil(records.facts, records.suspensions, records.exclusions, calendars,
                                                      onDate, thresholds.limitApproachingWithinDays);
    for (std::vector<Deadline> more : {planDeadlines(records.psps, records.referrals, onDate),
                                       repeatSuspensionAlerts(records, calendars, onDate, thresholds),
                                       offRollingAlerts(records, onDate, thresholds)}) {
        all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    std::stable_sort(all.begin(), all.end(), [](const Deadline& a, const Deadline& b) {
        const auto key = [](const Deadline& d) {
            return std::make_tuple(!d.due.isValid(), d.due, static_cast<int>(d.kind), d.recordId);
        };
        return key(a) < key(b);
    });
    return all;
}

} // namespace casebook
