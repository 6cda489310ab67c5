#include "QtPrinters.h"

#include "panel/PanelMeetingCheck.h"

#include <gtest/gtest.h>

#include <functional>

namespace casebook::test {
namespace {

const QDate kMeeting(2024, 10, 17);
const QDate kReceived(2024, 10, 1);

PanelMeeting meeting(const std::function<void(PanelMeeting&)>& change = {})
{
    PanelMeeting m;
    m.meetingDate = kMeeting;
    m.location = QStringLiteral("Civic Centre");
    m.attendees = QStringLiteral("A. Khan (chair)\nB. Lee");
    if (change) {
        change(m);
    }
    return m;
}

struct MeetingCase
{
    const char* name;
    PanelMeeting meeting;
    QDate today;
    const char* field;    // "" when nothing is wrong
    const char* contains; // part of the message
};

TEST(PanelMeetingCheck, TableOfMeetings)
{
    const QDate dayAfter = kMeeting.addDays(1);
    const std::vector<MeetingCase> cases = {
        {"a planned meeting", meeting(), dayAfter, "", ""},
        {"a planned meeting with nobody named yet", meeting([](PanelMeeting& m) { m.attendees.clear(); }), dayAfter, "",
         ""},
        {"no date", meeting([](PanelMeeting& m) { m.meetingDate = QDate(); }), dayAfter, "meetingDate",
         "Enter the date of the meeting."},
        {"an unknown status", meeting([](PanelMeeting& m) { m.status = QStringLiteral("adjourned"); }), dayAfter,
         "status", "Choose the meeting's status."},
        {"held with nobody attending", meeting([](PanelMeeting& m) {
             m.status = QStringLiteral("held");
             m.attendees = QStringLiteral(" \n ");
         }),
         dayAfter, "attendees", "Enter who attended (one per line) before the meeting is marked held."},
        {"held on its day", meeting([](PanelMeeting& m) { m.status = QStringLiteral("held"); }), kMeeting, "", ""},
        {"held before its day", meeting([](PanelMeeting& m) { m.status = QStringLiteral("held"); }),
         kMeeting.addDays(-1), "status", "The meeting on 17/10/2024 cannot be marked held before that day."},
        {"held, today unknown", meeting([](PanelMeeting& m) { m.status = QStringLiteral("held"); }), QDate(), "", ""},
        {"cancelled with nobody named", meeting([](PanelMeeting& m) {
             m.status = QStringLiteral("cancelled");
             m.attendees.clear();
         }),
         dayAfter, "", ""},
    };
    for (const MeetingCase& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkPanelMeeting(c.meeting, c.today);
        if (QString::fromUtf8(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_EQ(issues.size(), 1U);
        EXPECT_EQ(issues.front().field, QString::fromUtf8(c.field));
        EXPECT_TRUE(issues.front().message.contains(QString::fromUtf8(c.contains)))
            << issues.front().message.toStdString();
        EXPECT_EQ(issues.front().severity, FieldIssue::Severity::Error);
    }
}

PipReferral onAgenda()
{
    PipReferral r;
    r.id = 9;
    r.pupilId = 1;
    r.schoolId = 3;
    r.receivedOn = kReceived;
    r.reason = QStringLiteral("Repeated suspensions");
    r.meetingId = 4;
    r.agendaPosition = 2;
    r.status = QStringLiteral("on_agenda");
    r.rowVersion = 3;
    return r;
}

PanelDecision decision(const std::function<void(PanelDecision&)>& change = {})
{
    PanelDecision d;
    d.referralId = 9;
    d.decision = QStringLiteral("outreach_support");
    d.decisionNotes = QStringLiteral("  Two mornings a week ");
    d.minutes = QStringLiteral("School described the support so far.");
    d.actions = {{0, QStringLiteral(" Arrange outreach "), QStringLiteral("Outreach team"), QDate(2024, 10, 31), {}}};
    if (change) {
        change(d);
    }
    return d;
}

TEST(PanelDecision, AppliedToTheReferralOnTheMeetingDayByDefault)
{
    const PipReferral r = withPanelDecision(onAgenda(), decision(), kMeeting);
    EXPECT_EQ(r.status, QStringLiteral("decided"));
    EXPECT_EQ(r.decision, QStringLiteral("outreach_support"));
    EXPECT_EQ(r.decisionOn, kMeeting);
    EXPECT_EQ(r.decisionNotes, QStringLiteral("Two mornings a week"));
    ASSERT_EQ(r.actions.size(), 1U);
    EXPECT_EQ(r.actions.front().description, QStringLiteral("Arrange outreach"));
    // What the referral already was is kept.
    EXPECT_EQ(r.meetingId, 4);
    EXPECT_EQ(r.agendaPosition, 2);
    EXPECT_EQ(r.rowVersion, 3);

    const PipReferral later =
        withPanelDecision(onAgenda(), decision([](PanelDecision& d) { d.decisionOn = QDate(2024, 10, 18); }), kMeeting);
    EXPECT_EQ(later.decisionOn, QDate(2024, 10, 18));

    const PipReferral none = withPanelDecision(onAgenda(), decision([](PanelDecision& d) {
                                                   d.decision.clear();
                                                   d.actions.clear();
                                               }),
                                               kMeeting);
    EXPECT_EQ(none.status, QStringLiteral("on_agenda"));
    EXPECT_FALSE(none.decisionOn.isValid());
}

struct DecisionCase
{
    const char* name;
    PanelDecision decision;
    const char* field;
    const char* contains;
};

TEST(PanelDecision, TableOfDecisions)
{
    const std::vector<DecisionCase> cases = {
        {"a decision with an action", decision(), "", ""},
        {"minutes only, no decision yet", decision([](PanelDecision& d) {
             d.decision.clear();
             d.actions.clear();
         }),
         "", ""},
        {"actions without a decision", decision([](PanelDecision& d) { d.decision.clear(); }), "decision",
         "Choose the panel's decision: actions are agreed with a decision."},
        {"an unknown decision", decision([](PanelDecision& d) { d.decision = QStringLiteral("expel"); }), "decision",
         "from the list"},
        {"an action with no owner", decision([](PanelDecision& d) { d.actions.front().owner = QStringLiteral("  "); }),
         "actions", "Action 1: enter who owns it."},
        {"an action with nothing filled in", decision([](PanelDecision& d) { d.actions.push_back({}); }), "actions",
         "Action 2: enter what is to be done, who owns it and when it is due."},
        {"an action due before the meeting",
         decision([](PanelDecision& d) { d.actions.front().dueOn = QDate(2024, 10, 16); }), "actions",
         "Action 1: due on 16/10/2024, before the meeting on 17/10/2024."},
        {"an action due on the meeting day", decision([](PanelDecision& d) { d.actions.front().dueOn = kMeeting; }), "",
         ""},
        {"decided before the meeting", decision([](PanelDecision& d) { d.decisionOn = QDate(2024, 10, 10); }),
         "decisionOn", "The decision date (10/10/2024) cannot be before the meeting (17/10/2024)."},
        {"decided before the referral came in", decision([](PanelDecision& d) { d.decisionOn = QDate(2024, 9, 1); }),
         "decisionOn", "before the referral was received (01/10/2024)"},
    };
    for (const DecisionCase& c : cases) {
        SCOPED_TRACE(c.name);
        const auto issues = checkPanelDecision(withPanelDecision(onAgenda(), c.decision, kMeeting), kMeeting);
        if (QString::fromUtf8(c.field).isEmpty()) {
            EXPECT_TRUE(issues.empty()) << (issues.empty() ? "" : issues.front().message.toStdString());
            continue;
        }
        ASSERT_FALSE(issues.empty());
        EXPECT_EQ(issues.front().field, QString::fromUtf8(c.field));
        EXPECT_TRUE(issues.front().message.contains(QString::fromUtf8(c.contains)))
            << issues.front().message.toStdString();
        EXPECT_TRUE(hasErrors(issues));
    }
}

TEST(PanelDecision, ADecidedReferralNeedsItsDecision)
{
    PipReferral r = onAgenda();
    r.status = QStringLiteral("decided");
    const auto issues = checkPanelDecision(r, kMeeting);
    ASSERT_EQ(issues.size(), 1U);
    EXPECT_EQ(issues.front().field, QStringLiteral("decision"));
    EXPECT_EQ(issues.front().message, QStringLiteral("A referral marked decided needs the panel's decision."));
}

} // namespace
} // namespace casebook::test
