#include "PlacementBuilders.h"

#include "services/ApPlacementCheck.h"

#include <gtest/gtest.h>

#include <optional>

namespace casebook::test {
namespace {

constexpr auto kError = FieldIssue::Severity::Error;
constexpr auto kWarning = FieldIssue::Severity::Warning;

struct Case
{
    const char* name;
    ApPlacement placement;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

ApPlacement ap(std::optional<double> days = 5.0, QDate end = {})
{
    ApPlacement p = makeApPlacement(1, QStringLiteral("The Bridge"), QDate(2024, 10, 1));
    p.daysPerWeek = days;
    p.endDate = end;
    return p;
}

TEST(ApPlacementCheck, TableOfCases)
{
    ApPlacement noName = ap();
    noName.providerName = QStringLiteral("   ");
    ApPlacement noStart = ap();
    noStart.startDate = QDate();
    ApPlacement negativeCost = ap();
    negativeCost.costPence = -1;
    ApPlacement costed = ap();
    costed.costPence = 0;
    ApPlacement bySchool = ap();
    bySchool.commissionedBy = QStringLiteral("school");
    ApPlacement bySchoolNamed = bySchool;
    bySchoolNamed.commissioningSchoolId = 3;
    ApPlacement byLa = ap();
    byLa.commissionedBy = QStringLiteral("la");
    const std::vector<Case> cases = {
        {"full-time", ap(), "", "", kError},
        {"days not recorded", ap(std::nullopt), "", "", kError},
        {"ended", ap(5.0, QDate(2024, 12, 20)), "", "", kError},
        {"ends the day it starts", ap(5.0, QDate(2024, 10, 1)), "", "", kError},
        {"no provider", noName, "providerName", "Provider: enter", kError},
        {"no start", noStart, "startDate", "Start: enter", kError},
        {"ends before it starts", ap(5.0, QDate(2024, 9, 30)), "endDate",
         "End: 30/09/2024 is before the start (01/10/2024)", kError},
        {"no days", ap(0.0), "daysPerWeek", "Days a week: 0 is not possible", kError},
        {"more than a school week", ap(5.5), "daysPerWeek", "Days a week: 5.5 is not possible", kError},
        {"not in halves", ap(2.25), "daysPerWeek", "in halves", kError},
        {"half a day a week", ap(0.5), "daysPerWeek", "0.5 is part-time", kWarning},
        {"four and a half days", ap(4.5), "daysPerWeek", "must still get full-time education", kWarning},
        {"a negative cost", negativeCost, "cost", "Cost:", kError},
        {"a zero cost", costed, "", "", kError},
        {"commissioned by a school not named", bySchool, "commissioningSchool", "Choose which school", kWarning},
        {"commissioned by a named school", bySchoolNamed, "", "", kError},
        {"commissioned by the LA", byLa, "", "", kError},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkApPlacement(c.placement);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(noIssues(issues));
        } else {
            EXPECT_TRUE(onlyIssue(issues, QLatin1String(c.field), QLatin1String(c.contains), c.severity));
        }
    }
}

} // namespace
} // namespace casebook::test
