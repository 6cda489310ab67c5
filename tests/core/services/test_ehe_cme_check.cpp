#include "PlacementBuilders.h"

#include "services/EheCmeCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

constexpr auto kError = FieldIssue::Severity::Error;
constexpr auto kWarning = FieldIssue::Severity::Warning;
const QDate kToday(2025, 3, 14);
const QString kEhe = QStringLiteral("ehe");
const QString kCme = QStringLiteral("cme");

ExclusionDate suspended(QDate day)
{
    return {day, false};
}

ExclusionDate excluded(QDate day)
{
    return {day, true};
}

struct Case
{
    const char* name;
    EheCmeRegistration registration;
    std::vector<ExclusionDate> exclusions;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

EheCmeRegistration ended(EheCmeRegistration r, QDate on)
{
    r.endedOn = on;
    return r;
}

TEST(EheCmeCheck, TableOfCases)
{
    const QDate registered(2025, 2, 3);
    const std::vector<Case> cases = {
        {"EHE with nothing before it", makeRegistration(1, kEhe, registered), {}, "", "", kError},
        {"CME", makeRegistration(1, kCme, registered), {}, "", "", kError},
        {"registered today", makeRegistration(1, kEhe, kToday), {}, "", "", kError},
        {"no kind", makeRegistration(1, QString(), registered), {}, "kind", "choose", kError},
        {"no date", makeRegistration(1, kEhe, QDate()), {}, "registeredOn", "enter the date", kError},
        {"registered tomorrow",
         makeRegistration(1, kEhe, kToday.addDays(1)),
         {},
         "registeredOn",
         "15/03/2025 is in the future (today is 14/03/2025)",
         kError},
        {"ended before it was registered",
         ended(makeRegistration(1, kCme, registered), QDate(2025, 2, 2)),
         {},
         "endedOn",
         "Ended on: 02/02/2025 is before the registration (03/02/2025)",
         kError},
        {"ended the day it was registered",
         ended(makeRegistration(1, kCme, registered), registered),
         {},
         "",
         "",
         kError},
        {"EHE 3 weeks after a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(QDate(2025, 1, 13))},
         "offRolling",
         "Possible off-rolling: suspended 13/01/2025, 3 weeks before.",
         kWarning},
        {"EHE 12 weeks to the day after a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered.addDays(-84))},
         "offRolling",
         "12 weeks before",
         kWarning},
        {"EHE 12 weeks and a day after a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered.addDays(-85))},
         "",
         "",
         kError},
        {"EHE 20 weeks after a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered.addDays(-140))},
         "",
         "",
         kError},
        {"EHE the day of a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered)},
         "offRolling",
         "suspended 03/02/2025, the same day",
         kWarning},
        {"EHE 4 days after a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered.addDays(-4))},
         "offRolling",
         "4 days before",
         kWarning},
        {"EHE before a suspension",
         makeRegistration(1, kEhe, registered),
         {suspended(registered.addDays(1))},
         "",
         "",
         kError},
        {"EHE after a permanent exclusion",
         makeRegistration(1, kEhe, registered),
         {excluded(registered.addDays(-14))},
         "offRolling",
         "permanently excluded 20/01/2025, 2 weeks before",
         kWarning},
        {"the latest of several is named",
         makeRegistration(1, kEhe, registered),
         {suspended(QDate(2024, 12, 2)), suspended(QDate(2025, 1, 13)), suspended(QDate(2024, 6, 3))},
         "offRolling",
         "suspended 13/01/2025, 3 weeks before. 2 suspensions or exclusions in the 12 weeks",
         kWarning},
        {"CME soon after a suspension is not flagged",
         makeRegistration(1, kCme, registered),
         {suspended(QDate(2025, 1, 13))},
         "",
         "",
         kError},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkEheCme(c.registration, kToday, c.exclusions);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(noIssues(issues));
        } else {
            EXPECT_TRUE(onlyIssue(issues, QLatin1String(c.field), QLatin1String(c.contains), c.severity));
        }
    }
}

TEST(EheCmeCheck, TheWindowIsAParameter)
{
    const EheCmeRegistration r = makeRegistration(1, kEhe, QDate(2025, 2, 3));
    const std::vector<ExclusionDate> fiveWeeksBefore = {suspended(QDate(2025, 2, 3).addDays(-35))};
    EXPECT_TRUE(noIssues(checkEheCme(r, kToday, fiveWeeksBefore, 4)));
    EXPECT_TRUE(onlyIssue(checkEheCme(r, kToday, fiveWeeksBefore, 6), QStringLiteral("offRolling"),
                          QStringLiteral("5 weeks before"), kWarning));
    EXPECT_EQ(kDefaultOffRollingWindowWeeks, 12);
}

} // namespace
} // namespace casebook::test
