#include "PlacementBuilders.h"

#include "services/SupportCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

constexpr auto kError = FieldIssue::Severity::Error;
constexpr auto kWarning = FieldIssue::Severity::Warning;
const QDate kToday(2024, 11, 15);

struct Case
{
    const char* name;
    Support support;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

TEST(SupportCheck, TableOfCases)
{
    const QString ep = QStringLiteral("educational_psychologist");
    const std::vector<Case> cases = {
        {"ongoing support", makeSupport(1, ep, QDate(2024, 9, 10)), "", "", kError},
        {"ended support", makeSupport(1, QStringLiteral("camhs"), QDate(2024, 9, 10), QDate(2024, 10, 1)), "", "",
         kError},
        {"ends the day it starts", makeSupport(1, ep, QDate(2024, 9, 10), QDate(2024, 9, 10)), "", "", kError},
        {"no kind chosen", makeSupport(1, QString(), QDate(2024, 9, 10)), "kind", "choose the kind", kError},
        {"a kind the schema refuses", makeSupport(1, QStringLiteral("counselling"), QDate(2024, 9, 10)), "kind",
         "Kind:", kError},
        {"no start", makeSupport(1, ep, QDate()), "startDate", "Start: enter", kError},
        {"ends before it starts", makeSupport(1, ep, QDate(2024, 9, 10), QDate(2024, 9, 9)), "endDate",
         "End: 09/09/2024 is before the start (10/09/2024)", kError},
        {"booked next term", makeSupport(1, ep, QDate(2025, 4, 22)), "", "", kError},
        {"exactly six months ahead", makeSupport(1, ep, QDate(2025, 5, 15)), "", "", kError},
        {"a day beyond six months", makeSupport(1, ep, QDate(2025, 5, 16)), "startDate",
         "Start: 16/05/2025 is more than 6 months ahead", kWarning},
        {"a mistyped year", makeSupport(1, ep, QDate(2042, 9, 10)), "startDate", "Check the year", kWarning},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkSupport(c.support, kToday);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(noIssues(issues));
        } else {
            EXPECT_TRUE(onlyIssue(issues, QLatin1String(c.field), QLatin1String(c.contains), c.severity));
        }
    }
}

} // namespace
} // namespace casebook::test
