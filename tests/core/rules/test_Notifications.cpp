#include "rules/Notifications.h"

#include "CaseFactsFixture.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;
using namespace casebook::test;

namespace {

using R = NotificationRecipient;

PupilFacts pupil(bool socialWorker, bool lookedAfter)
{
    PupilFacts facts;
    facts.hasSocialWorker = socialWorker;
    facts.lookedAfter = lookedAfter;
    return facts;
}

TEST(RulesNotifications, WhoMustBeTold)
{
    struct Case
    {
        const char* note;
        PupilFacts pupil;
        QDate decided;
        bool permanent;
        std::vector<R> expected;
    };
    const Case cases[] = {
        {"suspension, no social worker",
         pupil(false, false),
         QDate(2024, 10, 1),
         false,
         {R::Parent, R::GoverningBoard, R::LocalAuthority}},
        {"pupil with a social worker",
         pupil(true, false),
         QDate(2024, 10, 1),
         false,
         {R::Parent, R::GoverningBoard, R::LocalAuthority, R::SocialWorker}},
        {"looked-after pupil",
         pupil(true, true),
         QDate(2024, 10, 1),
         true,
         {R::Parent, R::GoverningBoard, R::LocalAuthority, R::SocialWorker, R::VirtualSchoolHead}},
        {"first day of the 2022 rules",
         pupil(true, false),
         QDate(2022, 9, 1),
         false,
         {R::Parent, R::GoverningBoard, R::LocalAuthority, R::SocialWorker}},
        {"suspension before September 2022: parent only", pupil(true, true), QDate(2022, 8, 31), false, {R::Parent}},
        {"permanent exclusion before September 2022",
         pupil(true, true),
         QDate(2021, 10, 1),
         true,
         {R::Parent, R::GoverningBoard, R::LocalAuthority}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        EXPECT_EQ(requiredNotifications(c.pupil, c.decided, c.permanent), c.expected);
    }
}

TEST(RulesNotifications, OwedNotifications)
{
    struct Case
    {
        const char* note;
        PupilFacts pupil;
        SuspensionFacts suspension;
        std::vector<R> owed;
        QDate due;
    };
    SuspensionFacts partlyDone = makeSuspension(1, QDate(2024, 10, 2), 2);
    partlyDone.decisionDate = QDate(2024, 10, 1);
    partlyDone.notified = {QDate(2024, 10, 1), QDate(), QDate(2024, 10, 3), QDate(), QDate()};
    SuspensionFacts cancelledNothingDone = makeSuspension(2, QDate(2024, 10, 2), 2);
    cancelledNothingDone.cancelled = true;
    cancelledNothingDone.notified = {};
    SuspensionFacts noDecisionDate = makeSuspension(3, QDate(2024, 10, 2), 2);
    noDecisionDate.decisionDate = QDate();
    noDecisionDate.notified.localAuthority = QDate();
    const Case cases[] = {
        {"board and social worker still owed",
         pupil(true, false),
         partlyDone,
         {R::GoverningBoard, R::SocialWorker},
         QDate(2024, 10, 1)},
        {"all done", pupil(true, true), makeSuspension(4, QDate(2024, 10, 2), 2), {}, QDate()},
        {"a cancelled suspension still owes every notification",
         pupil(false, false),
         cancelledNothingDone,
         {R::Parent, R::GoverningBoard, R::LocalAuthority},
         QDate(2024, 10, 2)},
        {"no decision date: due on the first day",
         pupil(false, false),
         noDecisionDate,
         {R::LocalAuthority},
         QDate(2024, 10, 2)},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.note);
        const std::vector<NotificationOwed> owed = notificationsOwedForSuspension(c.pupil, c.suspension);
        ASSERT_EQ(owed.size(), c.owed.size());
        for (std::size_t i = 0; i < owed.size(); ++i) {
            EXPECT_EQ(owed[i].recipient, c.owed[i]);
            EXPECT_EQ(owed[i].due, c.due);
            EXPECT_EQ(owed[i].recordId, c.suspension.id);
            EXPECT_FALSE(owed[i].permanentExclusion);
        }
    }
}

TEST(RulesNotifications, ExclusionOwesTheVirtualSchoolHead)
{
    ExclusionFacts exclusion = makeExclusion(7, QDate(2024, 11, 13), QDate(2024, 11, 14));
    exclusion.notified.virtualSchoolHead = QDate();
    const std::vector<NotificationOwed> owed = notificationsOwedForExclusion(pupil(true, true), exclusion);
    ASSERT_EQ(owed.size(), 1U);
    EXPECT_EQ(owed[0].recipient, R::VirtualSchoolHead);
    EXPECT_EQ(owed[0].due, QDate(2024, 11, 13));
    EXPECT_TRUE(owed[0].permanentExclusion);
    EXPECT_EQ(notificationRecipientName(R::VirtualSchoolHead), QStringLiteral("virtual school head"));
    EXPECT_EQ(notificationRecipientId(R::LocalAuthority), QStringLiteral("la"));
}

} // namespace
