#include "services/ApPlacementCheck.h"

#include "calendar/UkDate.h"
#include "rules/GuidanceNumbers.h"

#include <QLocale>

#include <cmath>

namespace casebook {

namespace {

QString daysText(double days)
{
    return QLocale(QLocale::English).toString(days, 'g', 3);
}

} // namespace

std::vector<FieldIssue> checkApPlacement(const ApPlacement& p)
{
    std::vector<FieldIssue> issues;
    if (p.providerName.trimmed().isEmpty()) {
        issues.push_back({QStringLiteral("providerName"), QStringLiteral("Provider: enter the provider's name.")});
    }
    if (p.commissionedBy == QLatin1String("school") && p.commissioningSchoolId == 0) {
        issues.push_back({QStringLiteral("commissioningSchool"),
                          QStringLiteral("Commissioning school: the school commissioned this placement. Choose which "
                                         "school."),
                          FieldIssue::Severity::Warning});
    }
    if (!p.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Start: enter the date the placement started.")});
    } else if (p.endDate.isValid() && p.endDate < p.startDate) {
        issues.push_back(
            {QStringLiteral("endDate"),
             QStringLiteral("End: %1 is before the start (%2).").arg(ukDate(p.endDate), ukDate(p.startDate))});
    }
    if (p.daysPerWeek) {
        const double days = *p.daysPerWeek;
        const bool inHalves = std::fabs(days * 2 - std::round(days * 2)) < 1e-9;
        if (days < kApMinDaysPerWeek || days > kApFullTimeDaysPerWeek || !inHalves) {
            issues.push_back({QStringLiteral("daysPerWeek"),
                              QStringLiteral("Days a week: %1 is not possible. Enter half a day to 5 days, in halves.")
                                  .arg(daysText(days))});
        } else if (days < kApFullTimeDaysPerWeek) {
            issues.push_back(
                {QStringLiteral("daysPerWeek"),
                 QStringLiteral("Days a week: %1 is part-time. A pupil suspended for more than %2 days, or "
                                "permanently excluded, must still get full-time education: record where the rest "
                                "of the week is provided.")
                     .arg(daysText(days))
                     .arg(guidance::kMaxConsecutiveDaysWithoutProvision),
                 FieldIssue::Severity::Warning});
        }
    }
    if (p.costPence && *p.costPence < 0) {
        issues.push_back({QStringLiteral("cost"), QStringLiteral("Cost: cannot be less than nothing.")});
    }
    return issues;
}

} // namespace casebook
