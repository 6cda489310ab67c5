#include "services/EheCmeCheck.h"

#include "calendar/UkDate.h"

#include <optional>

namespace casebook {

namespace {

QString howLongBefore(qint64 days)
{
    if (days == 0) {
        return QStringLiteral("the same day");
    }
    if (days < 7) {
        return days == 1 ? QStringLiteral("1 day before") : QStringLiteral("%1 days before").arg(days);
    }
    const qint64 weeks = days / 7;
    return weeks == 1 ? QStringLiteral("1 week before") : QStringLiteral("%1 weeks before").arg(weeks);
}

std::optional<FieldIssue> offRollingWarning(const EheCmeRegistration& r, const std::vector<ExclusionDate>& exclusions,
                                            int windowWeeks)
{
    const ExclusionDate* latest = nullptr;
    int inWindow = 0;
    for (const ExclusionDate& e : exclusions) {
        if (!e.date.isValid() || e.date > r.registeredOn || e.date.daysTo(r.registeredOn) > qint64(windowWeeks) * 7) {
            continue;
        }
        ++inWindow;
        if (latest == nullptr || e.date > latest->date || (e.date == latest->date && e.permanent)) {
            latest = &e;
        }
    }
    if (latest == nullptr) {
        return std::nullopt;
    }
    QString message = QStringLiteral("Possible off-rolling: %1 %2, %3.")
                          .arg(latest->permanent ? QStringLiteral("permanently excluded") : QStringLiteral("suspended"),
                               ukDate(latest->date), howLongBefore(latest->date.daysTo(r.registeredOn)));
    if (inWindow > 1) {
        message += QStringLiteral(" %1 suspensions or exclusions in the %2 weeks before home education.")
                       .arg(inWindow)
                       .arg(windowWeeks);
    }
    return FieldIssue{QStringLiteral("offRolling"), message, FieldIssue::Severity::Warning};
}

} // namespace

std::vector<FieldIssue> checkEheCme(const EheCmeRegistration& r, QDate today,
                                    const std::vector<ExclusionDate>& exclusions, int offRollingWindowWeeks)
{
    std::vector<FieldIssue> issues;
    if (!isChoice(eheCmeKinds(), r.kind)) {
        issues.push_back({QStringLiteral("kind"),
                          QStringLiteral("Kind: choose elective home education or child missing education.")});
    }
    if (!r.registeredOn.isValid()) {
        issues.push_back({QStringLiteral("registeredOn"), QStringLiteral("Registered on: enter the date.")});
        return issues;
    }
    if (today.isValid() && r.registeredOn > today) {
        issues.push_back(
            {QStringLiteral("registeredOn"), QStringLiteral("Registered on: %1 is in the future (today is %2).")
                                                 .arg(ukDate(r.registeredOn), ukDate(today))});
    }
    if (r.endedOn.isValid() && r.endedOn < r.registeredOn) {
        issues.push_back({QStringLiteral("endedOn"), QStringLiteral("Ended on: %1 is before the registration (%2).")
                                                         .arg(ukDate(r.endedOn), ukDate(r.registeredOn))});
    }
    if (r.kind == QLatin1String("ehe")) {
        if (auto warning = offRollingWarning(r, exclusions, offRollingWindowWeeks)) {
            issues.push_back(*warning);
        }
    }
    return issues;
}

} // namespace casebook
