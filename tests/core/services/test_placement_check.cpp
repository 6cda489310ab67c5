#include "PlacementBuilders.h"

#include "services/PlacementCheck.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

constexpr auto kError = FieldIssue::Severity::Error;
constexpr auto kWarning = FieldIssue::Severity::Warning;
const QString kMove = QStringLiteral("managed_move");
const QString kOffSite = QStringLiteral("off_site_direction");

struct Case
{
    const char* name;
    Placement placement;
    std::vector<Placement> others;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

Placement withId(Placement p, qint64 id)
{
    p.id = id;
    return p;
}

TEST(PlacementCheck, TableOfCases)
{
    const QDate start(2024, 10, 1);
    const Placement endedMove = withId(makePlacement(1, kMove, 1, 2, QDate(2024, 9, 2), {}, QDate(2024, 9, 30)), 7);
    const Placement openMove = withId(makePlacement(1, kMove, 1, 2, QDate(2024, 9, 2)), 7);
    const Placement openOffSite = withId(makePlacement(1, kOffSite, 1, 3, QDate(2024, 9, 2), QDate(2024, 10, 14)), 8);
    const std::vector<Case> cases = {
        {"a managed move", makePlacement(1, kMove, 1, 2, start), {}, "", "", kError},
        {"a reviewed off-site direction",
         makePlacement(1, kOffSite, 1, 2, start, QDate(2024, 11, 12)),
         {},
         "",
         "",
         kError},
        {"reviewed and ended on its first day", makePlacement(1, kMove, 1, 2, start, start, start), {}, "", "", kError},
        {"no kind", makePlacement(1, QString(), 1, 2, start), {}, "kind", "choose", kError},
        {"no school to move from", makePlacement(1, kMove, 0, 2, start), {}, "fromSchool", "From school:", kError},
        {"no school to move to", makePlacement(1, kMove, 1, 0, start), {}, "toSchool", "To school: choose", kError},
        {"the same school at both ends",
         makePlacement(1, kMove, 4, 4, start),
         {},
         "toSchool",
         "cannot move to the school they are leaving",
         kError},
        {"no start", makePlacement(1, kMove, 1, 2, QDate()), {}, "startDate", "Start: enter", kError},
        {"review before the start",
         makePlacement(1, kMove, 1, 2, start, QDate(2024, 9, 30)),
         {},
         "reviewOn",
         "Review: 30/09/2024 is before the start (01/10/2024)",
         kError},
        {"end before the start",
         makePlacement(1, kMove, 1, 2, start, {}, QDate(2024, 9, 1)),
         {},
         "endDate",
         "End: 01/09/2024 is before the start (01/10/2024)",
         kError},
        {"an off-site direction with no review",
         makePlacement(1, kOffSite, 1, 2, start),
         {},
         "reviewOn",
         "an off-site direction must be reviewed",
         kWarning},
        {"a managed move overlapping an open one",
         makePlacement(1, kMove, 2, 3, start),
         {openMove},
         "startDate",
         "overlaps the managed move from 02/09/2024 (no end recorded)",
         kWarning},
        {"a managed move overlapping on the last day of another",
         makePlacement(1, kMove, 2, 3, QDate(2024, 9, 30)),
         {endedMove},
         "startDate",
         "overlaps the managed move from 02/09/2024 to 30/09/2024",
         kWarning},
        {"a managed move the day after another ended",
         makePlacement(1, kMove, 2, 3, start),
         {endedMove},
         "",
         "",
         kError},
        {"a move that ended before the other began",
         makePlacement(1, kMove, 2, 3, QDate(2024, 6, 3), {}, QDate(2024, 7, 1)),
         {endedMove},
         "",
         "",
         kError},
        {"a move while an off-site direction runs (different kinds)",
         makePlacement(1, kMove, 1, 2, start),
         {openOffSite},
         "",
         "",
         kError},
        {"the record being edited is not an overlap",
         withId(makePlacement(1, kMove, 1, 2, QDate(2024, 9, 2)), 7),
         {openMove},
         "",
         "",
         kError},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkPlacement(c.placement, c.others);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(noIssues(issues));
        } else {
            EXPECT_TRUE(onlyIssue(issues, QLatin1String(c.field), QLatin1String(c.contains), c.severity));
        }
    }
}

TEST(PlacementCheck, AnEndBeforeTheStartIsNotAlsoReportedAsAnOverlap)
{
    const Placement open = makePlacement(1, kMove, 1, 2, QDate(2024, 9, 2));
    const auto issues =
        checkPlacement(makePlacement(1, kMove, 2, 3, QDate(2024, 10, 1), {}, QDate(2024, 9, 3)), {open});
    EXPECT_TRUE(
        onlyIssue(issues, QStringLiteral("endDate"), QStringLiteral("before the start"), FieldIssue::Severity::Error));
}

} // namespace
} // namespace casebook::test
