#include "QtPrinters.h"

#include "services/PspCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

const QDate kStart(2024, 9, 9);

Psp plan(const std::function<void(Psp&)>& change = {})
{
    Psp p;
    p.id = 0;
    p.pupilId = 1;
    p.schoolId = 3;
    p.startDate = kStart;
    p.plannedEndDate = kStart.addDays(7 * 16);
    p.reviews = {{0, QDate(2024, 11, 4), QDate(), QString()}};
    if (change) {
        change(p);
    }
    return p;
}

Psp other(qint64 id, QDate start, QDate end, const QString& status = QStringLiteral("active"))
{
    Psp p;
    p.id = id;
    p.pupilId = 1;
    p.schoolId = 3;
    p.startDate = start;
    p.plannedEndDate = start.addDays(7 * 16);
    p.endDate = end;
    p.status = status;
    return p;
}

struct Case
{
    const char* name;
    Psp psp;
    std::vector<Psp> others;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

TEST(PspCheck, TableOfCases)
{
    using S = FieldIssue::Severity;
    const std::vector<Case> cases = {
        {"a plain plan", plan(), {}, "", "", S::Error},
        {"no school", plan([](Psp& p) { p.schoolId = 0; }), {}, "school", "Choose the school", S::Error},
        {"no start", plan([](Psp& p) { p.startDate = QDate(); }), {}, "startDate", "Enter the date", S::Error},
        {"planned end before start",
         plan([](Psp& p) { p.plannedEndDate = QDate(2024, 9, 6); }),
         {},
         "plannedEndDate",
         "The planned end (06/09/2024) cannot be before the start (09/09/2024).",
         S::Error},
        {"planned end on the start day", plan([](Psp& p) { p.plannedEndDate = kStart; }), {}, "", "", S::Error},
        {"end before start",
         plan([](Psp& p) {
             p.endDate = QDate(2024, 9, 1);
             p.reviews.clear();
         }),
         {},
         "endDate",
         "The end date (01/09/2024) cannot be before the start (09/09/2024).",
         S::Error},
        {"a review held before the start",
         plan([](Psp& p) { p.reviews[0].heldOn = QDate(2024, 9, 2); }),
         {},
         "reviews",
         "Review 1: held on 02/09/2024, before the plan started on 09/09/2024.",
         S::Error},
        {"a review held on the start day", plan([](Psp& p) { p.reviews[0].heldOn = kStart; }), {}, "", "", S::Error},
        {"a review with no due date",
         plan([](Psp& p) {
             p.reviews.push_back({0, QDate(), QDate(), QStringLiteral("x")});
         }),
         {},
         "reviews",
         "Review 2: enter the date it is due.",
         S::Error},
        {"a review due after the plan ended",
         plan([](Psp& p) {
             p.status = QStringLiteral("escalated");
             p.endDate = QDate(2024, 10, 25);
         }),
         {},
         "reviews",
         "Review 1: due on 04/11/2024, after the plan ended on 25/10/2024.",
         S::Warning},
        {"completed without an end date",
         plan([](Psp& p) { p.status = QStringLiteral("completed"); }),
         {},
         "endDate",
         "marked completed but has no end date",
         S::Warning},
        {"lapsed without an end date",
         plan([](Psp& p) { p.status = QStringLiteral("lapsed"); }),
         {},
         "endDate",
         "marked lapsed but has no end date",
         S::Warning},
        {"escalated without an end date",
         plan([](Psp& p) { p.status = QStringLiteral("escalated"); }),
         {},
         "",
         "",
         S::Error},
        {"completed with an end date",
         plan([](Psp& p) {
             p.status = QStringLiteral("completed");
             p.endDate = QDate(2024, 12, 20);
         }),
         {},
         "",
         "",
         S::Error},
        {"an unknown status",
         plan([](Psp& p) { p.status = QStringLiteral("paused"); }),
         {},
         "status",
         "status",
         S::Error},
        {"overlaps an active plan with no end",
         plan(),
         {other(7, QDate(2024, 5, 1), QDate())},
         "startDate",
         "overlaps the active plan from 01/05/2024 (planned end 21/08/2024)",
         S::Warning},
        {"overlaps an active plan that ends after the start",
         plan(),
         {other(7, QDate(2024, 5, 1), QDate(2024, 9, 9))},
         "startDate",
         "overlaps the active plan from 01/05/2024 to 09/09/2024",
         S::Warning},
        {"an active plan that ended the day before",
         plan(),
         {other(7, QDate(2024, 5, 1), QDate(2024, 9, 8))},
         "",
         "",
         S::Error},
        {"an active plan starting after this one ended",
         plan([](Psp& p) {
             p.endDate = QDate(2024, 12, 20);
             p.status = QStringLiteral("completed");
             p.reviews.clear();
         }),
         {other(7, QDate(2025, 1, 6), QDate())},
         "",
         "",
         S::Error},
        {"a completed plan that overlapped",
         plan(),
         {other(7, QDate(2024, 5, 1), QDate(), QStringLiteral("completed"))},
         "",
         "",
         S::Error},
        {"itself, when edited",
         plan([](Psp& p) { p.id = 7; }),
         {other(7, QDate(2024, 5, 1), QDate())},
         "",
         "",
         S::Error},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkPsp(c.psp, c.others);
        if (QLatin1String(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_EQ(issues.size(), 1u) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().field, QLatin1String(c.field));
        EXPECT_TRUE(issues.front().message.contains(QLatin1String(c.contains))) << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().severity, c.severity);
    }
}

TEST(PspCheck, TheOfferedReviewsComeEveryFewWeeksUpToThePlannedEnd)
{
    EXPECT_EQ(kPspReviewEveryWeeks, 8); // DOMAIN.md: about 16 weeks with a mid-point review
    EXPECT_EQ(pspReviewSchedule(kStart, kStart.addDays(7 * 16), kPspReviewEveryWeeks),
              (std::vector<QDate>{QDate(2024, 11, 4), QDate(2024, 12, 30)}));
    EXPECT_EQ(pspReviewSchedule(kStart, kStart.addDays(7 * 13), 6),
              (std::vector<QDate>{QDate(2024, 10, 21), QDate(2024, 12, 2)}));
    // No planned end: a typical plan's length.
    EXPECT_EQ(pspReviewSchedule(kStart, QDate(), 4).size(), 4U);
    // A plan shorter than the interval still gets one review, at its planned end.
    EXPECT_EQ(pspReviewSchedule(kStart, QDate(2024, 9, 30), 8), (std::vector<QDate>{QDate(2024, 9, 30)}));
    EXPECT_TRUE(pspReviewSchedule(QDate(), QDate(), 8).empty());
}

} // namespace
} // namespace casebook::test
