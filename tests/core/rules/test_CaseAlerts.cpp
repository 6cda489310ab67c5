#include "rules/CaseAlerts.h"

#include "CalendarFixture.h"
#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <functional>

using namespace casebook;
using namespace casebook::test;

namespace {

// Autumn 2024/25 in the fixture calendar: Tue 03/09/2024 - Fri 20/12/2024.
CaseRecords threeSuspensionsThisTerm()
{
    CaseRecords r;
    r.facts.dateOfBirth = QDate(2010, 12, 1);
    r.suspensions = {makeSuspension(1, QDate(2024, 9, 9), 2), makeSuspension(2, QDate(2024, 9, 23), 2),
                     makeSuspension(3, QDate(2024, 10, 7), 2)};
    return r;
}

PspFacts plan(qint64 id, QDate start, QDate end = {})
{
    PspFacts p;
    p.id = id;
    p.schoolId = kSchoolA;
    p.start = start;
    p.end = end;
    p.active = !end.isValid();
    return p;
}

ReferralFacts referral(qint64 id, QDate received)
{
    ReferralFacts r;
    r.id = id;
    r.schoolId = kSchoolA;
    r.received = received;
    return r;
}

struct RepeatCase
{
    const char* note;
    std::function<CaseRecords()> records;
    AlertThresholds thresholds;
    QDate onDate;
    bool expectAlert;
    qint64 expectedRecord;
};

TEST(RulesCaseAlerts, RepeatedSuspensionsWithNoPlan)
{
    const CalendarSet calendars(fixtureCalendar());
    AlertThresholds fourPerTerm;
    fourPerTerm.repeatSuspensionsPerTerm = 4;
    AlertThresholds threeDays;
    threeDays.repeatSuspensionsPerTerm = 99;
    threeDays.repeatDaysPerYear = 3;
    const std::vector<RepeatCase> cases{
        {"three this term, nothing in place", threeSuspensionsThisTerm, {}, QDate(2024, 10, 10), true, 3},
        {"two this term is below the threshold",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.suspensions.pop_back();
             return r;
         },
         {},
         QDate(2024, 10, 10),
         false,
         0},
        {"the threshold is a setting", threeSuspensionsThisTerm, fourPerTerm, QDate(2024, 10, 10), false, 0},
        {"days in the year count too (3 days >= 3)", threeSuspensionsThisTerm, threeDays, QDate(2024, 10, 10), true, 3},
        {"a PSP running this year silences it",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.psps = {plan(5, QDate(2024, 9, 30))};
             return r;
         },
         {},
         QDate(2024, 10, 10),
         false,
         0},
        {"a PSP that ended last year does not",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.psps = {plan(5, QDate(2024, 1, 8), QDate(2024, 5, 1))};
             return r;
         },
         {},
         QDate(2024, 10, 10),
         true,
         3},
        {"a PSP that ended earlier this year still counts as tried",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.psps = {plan(5, QDate(2024, 6, 1), QDate(2024, 9, 20))};
             return r;
         },
         {},
         QDate(2024, 10, 10),
         false,
         0},
        {"a PIP referral received this year silences it",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.referrals = {referral(8, QDate(2024, 10, 1))};
             return r;
         },
         {},
         QDate(2024, 10, 10),
         false,
         0},
        {"a referral from last year does not",
         [] {
             CaseRecords r = threeSuspensionsThisTerm();
             r.referrals = {referral(8, QDate(2024, 3, 1))};
             return r;
         },
         {},
         QDate(2024, 10, 10),
         true,
         3},
        {"the next term starts a new count", threeSuspensionsThisTerm, {}, QDate(2025, 1, 15), false, 0},
    };
    for (const RepeatCase& c : cases) {
        SCOPED_TRACE(c.note);
        const std::vector<Deadline> alerts = repeatSuspensionAlerts(c.records(), calendars, c.onDate, c.thresholds);
        ASSERT_EQ(alerts.size(), c.expectAlert ? 1U : 0U);
        if (c.expectAlert) {
            EXPECT_EQ(alerts[0].kind, DeadlineKind::RepeatSuspensionsNoPlan);
            EXPECT_EQ(alerts[0].recordId, c.expectedRecord);
            EXPECT_EQ(alerts[0].due, QDate(2024, 10, 7));
            EXPECT_FALSE(alerts[0].overdue);
        }
    }
    const std::vector<Deadline> alerts =
        repeatSuspensionAlerts(threeSuspensionsThisTerm(), calendars, QDate(2024, 10, 10), {});
    ASSERT_EQ(alerts.size(), 1U);
    EXPECT_EQ(alerts[0].description,
              QStringLiteral("Suspended repeatedly (3 suspensions in Autumn 2024/25) with no pastoral support plan and "
                             "no inclusion panel referral this year. Consider a PSP or a PIP referral."));
}

struct OffRollingCase
{
    const char* note;
    QDate suspended;
    QDate registered;
    bool ehe;
    int weeks;
    QDate onDate;
    bool expectAlert;
};

TEST(RulesCaseAlerts, HomeEducationSoonAfterASuspension)
{
    const std::vector<OffRollingCase> cases{
        {"3 weeks after", QDate(2024, 10, 7), QDate(2024, 10, 28), true, 12, QDate(2024, 11, 1), true},
        {"exactly 12 weeks after", QDate(2024, 10, 7), QDate(2024, 12, 30), true, 12, QDate(2025, 1, 6), true},
        {"12 weeks and a day after", QDate(2024, 10, 7), QDate(2024, 12, 31), true, 12, QDate(2025, 1, 6), false},
        {"20 weeks after", QDate(2024, 10, 7), QDate(2025, 2, 24), true, 12, QDate(2025, 3, 1), false},
        {"the weeks are a setting", QDate(2024, 10, 7), QDate(2025, 2, 24), true, 21, QDate(2025, 3, 1), true},
        {"child missing education is not home education", QDate(2024, 10, 7), QDate(2024, 10, 28), false, 12,
         QDate(2024, 11, 1), false},
        {"registered before the suspension", QDate(2024, 10, 7), QDate(2024, 10, 1), true, 12, QDate(2024, 11, 1),
         false},
        {"not yet registered on the day asked about", QDate(2024, 10, 7), QDate(2024, 10, 28), true, 12,
         QDate(2024, 10, 20), false},
        {"two years ago has run its course", QDate(2022, 10, 3), QDate(2022, 10, 24), true, 12, QDate(2024, 11, 1),
         false},
    };
    for (const OffRollingCase& c : cases) {
        SCOPED_TRACE(c.note);
        CaseRecords r;
        r.suspensions = {makeSuspension(1, c.suspended, 4)};
        r.registrations = {{44, kSchoolA, c.ehe, c.registered}};
        AlertThresholds thresholds;
        thresholds.eheAfterSuspensionWeeks = c.weeks;
        const std::vector<Deadline> alerts = offRollingAlerts(r, c.onDate, thresholds);
        ASSERT_EQ(alerts.size(), c.expectAlert ? 1U : 0U);
        if (c.expectAlert) {
            EXPECT_EQ(alerts[0].kind, DeadlineKind::PossibleOffRolling);
            EXPECT_EQ(alerts[0].recordKind, RecordKind::Registration);
            EXPECT_EQ(alerts[0].recordId, 44);
            EXPECT_EQ(alerts[0].due, c.registered);
        }
    }
    CaseRecords r;
    r.suspensions = {makeSuspension(1, QDate(2024, 10, 7), 4)};
    r.exclusions = {makeExclusion(2, QDate(2024, 11, 4), QDate(2024, 11, 5))};
    r.registrations = {{44, kSchoolA, true, QDate(2024, 11, 25)}};
    const std::vector<Deadline> alerts = offRollingAlerts(r, QDate(2024, 12, 2), {});
    ASSERT_EQ(alerts.size(), 1U);
    EXPECT_EQ(alerts[0].description,
              QStringLiteral("Elective home education registered 25/11/2024, permanently excluded 04/11/2024 (3 weeks "
                             "after). Possible off-rolling: check the parent's choice was freely made."));
}

TEST(RulesCaseAlerts, PspReviewsAndPanelActionsFallDueOnTheirDates)
{
    PspFacts running = plan(5, QDate(2024, 9, 2));
    running.openReviews = {{51, QDate(2024, 10, 14)}, {52, QDate(2024, 11, 25)}};
    PspFacts finished = plan(6, QDate(2024, 1, 8), QDate(2024, 5, 1));
    finished.active = false;
    finished.openReviews = {{61, QDate(2024, 3, 1)}};
    ReferralFacts open = referral(8, QDate(2024, 9, 20));
    open.openActions = {{81, QStringLiteral("Arrange outreach"), QStringLiteral("J. Patel"), QDate(2024, 10, 31)}};
    ReferralFacts withdrawn = referral(9, QDate(2024, 9, 21));
    withdrawn.withdrawn = true;
    withdrawn.openActions = {{91, QStringLiteral("Visit"), QStringLiteral("K. Ode"), QDate(2024, 10, 1)}};

    const std::vector<Deadline> due = planDeadlines({running, finished}, {open, withdrawn}, QDate(2024, 11, 1));
    ASSERT_EQ(due.size(), 3U);
    EXPECT_EQ(due[0].kind, DeadlineKind::PspReview);
    EXPECT_EQ(due[0].due, QDate(2024, 10, 14));
    EXPECT_TRUE(due[0].overdue);
    EXPECT_EQ(due[0].recordKind, RecordKind::Psp);
    EXPECT_EQ(due[0].recordId, 5);
    EXPECT_EQ(due[1].due, QDate(2024, 11, 25));
    EXPECT_FALSE(due[1].overdue);
    EXPECT_EQ(due[2].kind, DeadlineKind::PipAction);
    EXPECT_EQ(due[2].recordKind, RecordKind::PipReferral);
    EXPECT_TRUE(due[2].overdue);
    EXPECT_EQ(due[2].description,
              QStringLiteral("Inclusion panel action for J. Patel, due 31/10/2024: Arrange outreach"));
}

TEST(RulesCaseAlerts, EverythingForACaseComesInDueOrderWithTheLimitMarginAsASetting)
{
    const CalendarSet calendars(fixtureCalendar());
    CaseRecords r = threeSuspensionsThisTerm();
    // 32 days more in spring: 35 in the year, 10 left before the limit.
    r.suspensions.push_back(makeSuspension(4, QDate(2025, 1, 6), 64));
    AlertThresholds narrow;
    narrow.limitApproachingWithinDays = 5;
    const auto kinds = [&](const AlertThresholds& t) {
        std::vector<DeadlineKind> out;
        for (const Deadline& d : openDeadlinesForCase(r, calendars, QDate(2025, 3, 3), t)) {
            out.push_back(d.kind);
        }
        return out;
    };
    const std::vector<DeadlineKind> standard = kinds({});
    EXPECT_NE(std::find(standard.begin(), standard.end(), DeadlineKind::Limit45DaysApproaching), standard.end());
    const std::vector<DeadlineKind> withNarrow = kinds(narrow);
    EXPECT_EQ(std::find(withNarrow.begin(), withNarrow.end(), DeadlineKind::Limit45DaysApproaching), withNarrow.end());
    const std::vector<Deadline> all = openDeadlinesForCase(r, calendars, QDate(2025, 3, 3), {});
    for (size_t i = 1; i < all.size(); ++i) {
        EXPECT_LE(all[i - 1].due, all[i].due);
    }
}

} // namespace
