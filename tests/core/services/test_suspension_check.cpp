#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include "services/SuspensionCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

Suspension candidate(QDate firstDay, int sessions, QStringList reasons = {QStringLiteral("DB")})
{
    Suspension s;
    s.id = 0;
    s.schoolId = kSchoolA;
    s.firstDay = firstDay;
    s.sessions = sessions;
    s.reasonCodes = std::move(reasons);
    return s;
}

struct Case
{
    const char* name;
    Suspension suspension;
    std::vector<SuspensionFacts> others;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

TEST(SuspensionCheck, TableOfCases)
{
    const CalendarSet calendars(fixtureCalendar());
    Suspension decidedAfter = candidate(QDate(2024, 10, 8), 2);
    decidedAfter.decisionDate = QDate(2024, 10, 9);
    std::vector<SuspensionFacts> nearLimit;
    // 44 days already this year: 11 suspensions of 4 days (8 sessions) on Mondays to Thursdays of term weeks.
    QDate day(2024, 9, 9);
    for (int i = 0; i < 11; ++i, day = day.addDays(7)) {
        if (day == QDate(2024, 10, 28)) {
            day = day.addDays(7); // half term
        }
        nearLimit.push_back(makeSuspension(100 + i, day, 8));
    }
    const std::vector<Case> cases = {
        {"a plain school day", candidate(QDate(2024, 10, 8), 2), {}, "", "", FieldIssue::Severity::Error},
        {"a Saturday", candidate(QDate(2024, 10, 12), 2), {}, "firstDay", "is a Saturday", FieldIssue::Severity::Error},
        {"half term",
         candidate(QDate(2024, 10, 30), 2),
         {},
         "firstDay",
         "not a school day",
         FieldIssue::Severity::Error},
        {"no reason", candidate(QDate(2024, 10, 8), 2, {}), {}, "reasons", "", FieldIssue::Severity::Error},
        {"a pre-2020 code",
         candidate(QDate(2024, 10, 8), 2, {QStringLiteral("PD")}),
         {},
         "reasons",
         "PD",
         FieldIssue::Severity::Error},
        {"decided after it starts", decidedAfter, {}, "decisionDate", "cannot come after", FieldIssue::Severity::Error},
        {"overlaps another",
         candidate(QDate(2024, 10, 9), 2),
         {makeSuspension(7, QDate(2024, 10, 8), 4)},
         "firstDay",
         "overlaps the suspension from 08/10/2024 to 09/10/2024",
         FieldIssue::Severity::Error},
        {"the day after another ends",
         candidate(QDate(2024, 10, 10), 2),
         {makeSuspension(7, QDate(2024, 10, 8), 4)},
         "",
         "",
         FieldIssue::Severity::Error},
        {"crosses 45 days", candidate(QDate(2024, 12, 2), 4), nearLimit, "sessions", "over the 45-day limit",
         FieldIssue::Severity::Warning},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkSuspension(c.suspension, c.others, calendars);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_EQ(issues.size(), 1u);
        EXPECT_EQ(issues.front().field, QLatin1String(c.field));
        EXPECT_TRUE(issues.front().message.contains(QLatin1String(c.contains))) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().severity, c.severity);
    }
}

} // namespace
} // namespace casebook::test
