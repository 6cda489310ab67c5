#include "services/SupportCheck.h"

#include "calendar/UkDate.h"

namespace casebook {

std::vector<FieldIssue> checkSupport(const Support& s, QDate today)
{
    std::vector<FieldIssue> issues;
    if (!isChoice(supportKinds(), s.kind)) {
        issues.push_back({QStringLiteral("kind"), QStringLiteral("Kind: choose the kind of support.")});
    }
    if (!s.startDate.isValid()) {
        issues.push_back({QStringLiteral("startDate"), QStringLiteral("Start: enter the date the support started.")});
        return issues;
    }
    if (s.endDate.isValid() && s.endDate < s.startDate) {
        issues.push_back(
            {QStringLiteral("endDate"),
             QStringLiteral("End: %1 is before the start (%2).").arg(ukDate(s.endDate), ukDate(s.startDate))});
    }
    if (today.isValid() && s.startDate > today.addMonths(kSupportStartAheadMonths)) {
        issues.push_back({QStringLiteral("startDate"),
                          QStringLiteral("Start: %1 is more than %2 months ahead. Check the year.")
                              .arg(ukDate(s.startDate))
                              .arg(kSupportStartAheadMonths),
                          FieldIssue::Severity::Warning});
    }
    return issues;
}

} // namespace casebook
