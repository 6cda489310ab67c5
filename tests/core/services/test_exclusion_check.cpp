#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include "services/ExclusionCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

// Decided on Monday 07/10/2024, excluded from Tuesday 08/10/2024, for physical assault against an adult.
PermanentExclusion candidate()
{
    PermanentExclusion x;
    x.schoolId = kSchoolA;
    x.decisionDate = QDate(2024, 10, 7);
    x.effectiveDate = QDate(2024, 10, 8);
    x.reasonCodes = {QStringLiteral("PA")};
    return x;
}

// The board upheld it and told the parent; the parent applied; the panel met and decided.
PermanentExclusion throughTheReviewPanel(const QString& panelOutcome)
{
    PermanentExclusion x = candidate();
    x.boardMeetingOn = QDate(2024, 10, 21);
    x.boardOutcome = QStringLiteral("upheld");
    x.boardDecisionNoticeSentOn = QDate(2024, 10, 22);
    x.irpApplicationOn = QDate(2024, 11, 5);
    x.irpMeetingOn = QDate(2024, 11, 20);
    x.irpOutcome = panelOutcome;
    x.irpDecisionOn = QDate(2024, 11, 21);
    return x;
}

PermanentExclusion with(PermanentExclusion x, const std::function<void(PermanentExclusion&)>& change)
{
    change(x);
    return x;
}

struct Case
{
    const char* name;
    PermanentExclusion exclusion;
    std::vector<PermanentExclusion> others;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

PermanentExclusion earlier(qint64 id, const std::function<void(PermanentExclusion&)>& change = {})
{
    PermanentExclusion x = candidate();
    x.id = id;
    x.decisionDate = QDate(2023, 3, 6);
    x.effectiveDate = QDate(2023, 3, 7);
    if (change) {
        change(x);
    }
    return x;
}

TEST(ExclusionCheck, TableOfCases)
{
    const CalendarSet calendars(fixtureCalendar());
    using S = FieldIssue::Severity;
    const std::vector<Case> cases = {
        {"a plain exclusion", candidate(), {}, "", "", S::Error},
        {"the whole way through a reconsideration",
         with(throughTheReviewPanel(QStringLiteral("quash_direct_reconsideration")),
              [](PermanentExclusion& x) {
                  x.reconsiderationOn = QDate(2024, 12, 2);
                  x.reconsiderationOutcome = QStringLiteral("reinstated");
                  x.laProvisionFrom = QDate(2024, 10, 15);
                  x.withdrawnOn = {};
              }),
         {},
         "",
         "",
         S::Error},
        {"no school chosen",
         with(candidate(), [](PermanentExclusion& x) { x.schoolId = 0; }),
         {},
         "school",
         "Choose the school that excluded the pupil.",
         S::Error},
        {"effective on a Saturday",
         with(candidate(), [](PermanentExclusion& x) { x.effectiveDate = QDate(2024, 10, 12); }),
         {},
         "effectiveDate",
         "12/10/2024 is a Saturday, not a school day.",
         S::Error},
        {"effective in half term",
         with(candidate(), [](PermanentExclusion& x) { x.effectiveDate = QDate(2024, 10, 30); }),
         {},
         "effectiveDate",
         "30/10/2024 is not a school day at this school (",
         S::Error},
        {"decided after it took effect",
         with(candidate(), [](PermanentExclusion& x) { x.decisionDate = QDate(2024, 10, 9); }),
         {},
         "decisionDate",
         "The decision (09/10/2024) cannot come after the first day excluded (08/10/2024).",
         S::Error},
        {"no reason",
         with(candidate(), [](PermanentExclusion& x) { x.reasonCodes.clear(); }),
         {},
         "reasons",
         "",
         S::Error},
        {"a reason withdrawn in 2020",
         with(candidate(), [](PermanentExclusion& x) { x.reasonCodes = {QStringLiteral("PD")}; }),
         {},
         "reasons",
         "PD",
         S::Error},
        {"a reason given twice",
         with(candidate(),
              [](PermanentExclusion& x) {
                  x.reasonCodes = {QStringLiteral("PA"), QStringLiteral("PA")};
              }),
         {},
         "reasons",
         "PA",
         S::Error},
        {"board met before the decision",
         with(candidate(), [](PermanentExclusion& x) { x.boardMeetingOn = QDate(2024, 10, 4); }),
         {},
         "boardMeeting",
         "The board cannot meet (04/10/2024) before the decision to exclude (07/10/2024).",
         S::Error},
        {"notice sent before the board met",
         with(candidate(),
              [](PermanentExclusion& x) {
                  x.boardMeetingOn = QDate(2024, 10, 21);
                  x.boardDecisionNoticeSentOn = QDate(2024, 10, 18);
              }),
         {},
         "boardNotice",
         "The board's decision notice cannot be sent (18/10/2024) before the board met (21/10/2024).",
         S::Error},
        {"review applied for before the decision",
         with(candidate(), [](PermanentExclusion& x) { x.irpApplicationOn = QDate(2024, 10, 1); }),
         {},
         "irpApplication",
         "The application for a review (01/10/2024) cannot come before the decision to exclude (07/10/2024).",
         S::Error},
        {"review applied for before the board's notice",
         with(throughTheReviewPanel(QStringLiteral("upheld")),
              [](PermanentExclusion& x) { x.irpApplicationOn = QDate(2024, 10, 21); }),
         {},
         "irpApplication",
         "cannot come before the board's decision notice was sent (22/10/2024)",
         S::Error},
        {"a review after the board reinstated",
         with(candidate(),
              [](PermanentExclusion& x) {
                  x.boardMeetingOn = QDate(2024, 10, 21);
                  x.boardOutcome = QStringLiteral("reinstated");
                  x.irpMeetingOn = QDate(2024, 11, 20);
              }),
         {},
         "irpApplication",
         "The board reinstated the pupil, so there is no independent review",
         S::Error},
        {"panel met before the application",
         with(throughTheReviewPanel(QStringLiteral("upheld")),
              [](PermanentExclusion& x) { x.irpMeetingOn = QDate(2024, 11, 4); }),
         {},
         "irpMeeting",
         "The panel cannot meet (04/11/2024) before the application for a review (05/11/2024).",
         S::Error},
        {"panel decided before it met",
         with(throughTheReviewPanel(QStringLiteral("upheld")),
              [](PermanentExclusion& x) { x.irpDecisionOn = QDate(2024, 11, 19); }),
         {},
         "irpDecision",
         "The panel's decision (19/11/2024) cannot come before the panel met (20/11/2024).",
         S::Error},
        {"reconsidered with no panel outcome",
         with(candidate(), [](PermanentExclusion& x) { x.reconsiderationOn = QDate(2024, 12, 2); }),
         {},
         "reconsideration",
         "record the panel's outcome first",
         S::Error},
        {"reconsideration outcome after the panel upheld",
         with(throughTheReviewPanel(QStringLiteral("upheld")),
              [](PermanentExclusion& x) { x.reconsiderationOutcome = QStringLiteral("upheld"); }),
         {},
         "reconsideration",
         "The panel upheld the exclusion, so the board has nothing to reconsider",
         S::Error},
        {"reconsidered after a recommendation",
         with(throughTheReviewPanel(QStringLiteral("recommend_reconsideration")),
              [](PermanentExclusion& x) {
                  x.reconsiderationOn = QDate(2024, 12, 2);
                  x.reconsiderationOutcome = QStringLiteral("upheld");
              }),
         {},
         "",
         "",
         S::Error},
        {"reconsidered before the panel's decision",
         with(throughTheReviewPanel(QStringLiteral("recommend_reconsideration")),
              [](PermanentExclusion& x) { x.reconsiderationOn = QDate(2024, 11, 20); }),
         {},
         "reconsideration",
         "The board cannot reconsider (20/11/2024) before the panel's decision (21/11/2024).",
         S::Error},
        {"LA provision before the decision",
         with(candidate(), [](PermanentExclusion& x) { x.laProvisionFrom = QDate(2024, 10, 4); }),
         {},
         "laProvisionFrom",
         "LA provision cannot start (04/10/2024) before the decision to exclude (07/10/2024).",
         S::Error},
        {"withdrawn before the decision",
         with(candidate(), [](PermanentExclusion& x) { x.withdrawnOn = QDate(2024, 10, 4); }),
         {},
         "withdrawnOn",
         "The exclusion cannot be withdrawn (04/10/2024) before it was decided (07/10/2024).",
         S::Error},
        {"a second exclusion that still stands",
         candidate(),
         {earlier(9)},
         "previousExclusion",
         "This pupil already has a permanent exclusion decided on 06/03/2023 that was neither withdrawn nor "
         "overturned. Record another one anyway?",
         S::Warning},
        {"an earlier one was withdrawn",
         candidate(),
         {earlier(9, [](PermanentExclusion& x) { x.withdrawnOn = QDate(2023, 3, 8); })},
         "",
         "",
         S::Warning},
        {"an earlier one the board reinstated",
         candidate(),
         {earlier(9, [](PermanentExclusion& x) { x.boardOutcome = QStringLiteral("reinstated"); })},
         "",
         "",
         S::Warning},
        {"an earlier one reinstated on reconsideration",
         candidate(),
         {earlier(9, [](PermanentExclusion& x) { x.reconsiderationOutcome = QStringLiteral("reinstated"); })},
         "",
         "",
         S::Warning},
        {"one decided on the same day still stands",
         candidate(),
         {with(candidate(), [](PermanentExclusion& x) { x.id = 9; })},
         "previousExclusion",
         "already has a permanent exclusion decided on 07/10/2024",
         S::Warning},
        {"editing the earlier of two: the later one is not already there",
         earlier(9),
         {with(candidate(), [](PermanentExclusion& x) { x.id = 10; })},
         "",
         "",
         S::Warning},
        {"editing does not count itself",
         with(candidate(), [](PermanentExclusion& x) { x.id = 9; }),
         {earlier(9)},
         "",
         "",
         S::Warning},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkExclusion(c.exclusion, c.others, calendars);
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

TEST(ExclusionCheck, EveryStageOutOfOrderIsReportedAtItsOwnField)
{
    const CalendarSet calendars(fixtureCalendar());
    PermanentExclusion x = throughTheReviewPanel(QStringLiteral("recommend_reconsideration"));
    x.decisionDate = QDate(2024, 12, 3); // after everything else
    x.effectiveDate = QDate(2024, 12, 4);
    x.irpApplicationOn = QDate(2024, 10, 23);
    x.reconsiderationOn = QDate(2024, 11, 22);
    x.laProvisionFrom = QDate(2024, 10, 15);
    x.withdrawnOn = QDate(2024, 12, 2);
    QStringList fields;
    for (const FieldIssue& issue : checkExclusion(x, {}, calendars)) {
        fields << issue.field;
    }
    EXPECT_EQ(fields, QStringList({QStringLiteral("boardMeeting"), QStringLiteral("irpApplication"),
                                   QStringLiteral("laProvisionFrom"), QStringLiteral("withdrawnOn")}));
}

TEST(ExclusionCheck, StandsUntilWithdrawnOrReinstated)
{
    PermanentExclusion x = candidate();
    EXPECT_TRUE(exclusionStands(x));
    x.boardOutcome = QStringLiteral("upheld");
    EXPECT_TRUE(exclusionStands(x));
    x.reconsiderationOutcome = QStringLiteral("reinstated");
    EXPECT_FALSE(exclusionStands(x));
}

} // namespace
} // namespace casebook::test
