#include "QtPrinters.h"

#include "services/PipReferralCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

const QDate kReceived(2024, 10, 1);

PipReferral referral(const std::function<void(PipReferral&)>& change = {})
{
    PipReferral r;
    r.pupilId = 1;
    r.schoolId = 3;
    r.receivedOn = kReceived;
    r.reason = QStringLiteral("Repeated suspensions");
    r.actions = {
        {0, QStringLiteral("Arrange outreach"), QStringLiteral("Outreach team"), QDate(2024, 10, 31), QDate()}};
    if (change) {
        change(r);
    }
    return r;
}

struct Case
{
    const char* name;
    PipReferral referral;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
    FieldIssue::Severity severity;
};

TEST(PipReferralCheck, TableOfCases)
{
    using S = FieldIssue::Severity;
    const std::vector<Case> cases = {
        {"a plain referral", referral(), "", "", S::Error},
        {"no school", referral([](PipReferral& r) { r.schoolId = 0; }), "school", "referring school", S::Error},
        {"no reason", referral([](PipReferral& r) { r.reason = QStringLiteral("  "); }), "reason",
         "Enter the reason for the referral.", S::Error},
        {"no received date", referral([](PipReferral& r) { r.receivedOn = QDate(); }), "receivedOn", "received",
         S::Error},
        {"decided before received", referral([](PipReferral& r) {
             r.decision = QStringLiteral("early_help");
             r.decisionOn = QDate(2024, 9, 30);
         }),
         "decisionOn", "The decision date (30/09/2024) cannot be before the referral was received (01/10/2024).",
         S::Error},
        {"decided on the day received", referral([](PipReferral& r) {
             r.decision = QStringLiteral("early_help");
             r.decisionOn = kReceived;
         }),
         "", "", S::Error},
        {"status decided without a decision", referral([](PipReferral& r) {
             r.status = QStringLiteral("decided");
             r.decisionOn = QDate(2024, 10, 17);
         }),
         "decision", "needs the panel's decision", S::Error},
        {"a decision without a date", referral([](PipReferral& r) { r.decision = QStringLiteral("managed_move"); }),
         "decisionOn", "The decision has no date", S::Warning},
        {"an unknown decision", referral([](PipReferral& r) {
             r.decision = QStringLiteral("expel");
             r.decisionOn = kReceived;
         }),
         "decision", "from the list", S::Error},
        {"on the agenda without a meeting", referral([](PipReferral& r) { r.status = QStringLiteral("on_agenda"); }),
         "meeting", "needs its panel meeting", S::Error},
        {"on the agenda of a meeting", referral([](PipReferral& r) {
             r.status = QStringLiteral("on_agenda");
             r.meetingId = 4;
         }),
         "", "", S::Error},
        {"an unknown status", referral([](PipReferral& r) { r.status = QStringLiteral("lost"); }), "status", "status",
         S::Error},
        {"an action with no owner", referral([](PipReferral& r) {
             r.actions.push_back({0, QStringLiteral("Call parent"), QString(), QDate(2024, 10, 4), QDate()});
         }),
         "actions", "Action 2: enter who owns it.", S::Error},
        {"an empty action row", referral([](PipReferral& r) { r.actions.insert(r.actions.begin(), PipAction{}); }),
         "actions", "Action 1: enter what is to be done, who owns it and when it is due.", S::Error},
        {"an action with no due date", referral([](PipReferral& r) { r.actions[0].dueOn = QDate(); }), "actions",
         "Action 1: enter when it is due.", S::Error},
        {"an action done before the referral",
         referral([](PipReferral& r) { r.actions[0].doneOn = QDate(2024, 9, 20); }), "actions",
         "Action 1: done on 20/09/2024, before the referral was received on 01/10/2024.", S::Error},
        {"an action done before it was due", referral([](PipReferral& r) { r.actions[0].doneOn = kReceived; }), "", "",
         S::Error},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<FieldIssue> issues = checkPipReferral(c.referral);
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

} // namespace
} // namespace casebook::test
