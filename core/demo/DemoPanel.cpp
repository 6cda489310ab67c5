#include "demo/DemoPanel.h"

#include "demo/DemoContext.h"
#include "demo/DemoRandom.h"

#include <algorithm>

namespace casebook::demo {

namespace {

struct DecisionOption
{
    const char* decision;
    double weight;
    const char* notes;
};

constexpr DecisionOption kDecisions[] = {
    {"outreach_support", 28, "Outreach support from the behaviour support team for a term, reviewed at panel."},
    {"ap_placement", 15, "Part-time alternative provision alongside school, commissioned by the LA."},
    {"managed_move", 12, "Managed move to another school agreed in principle; trial period of six weeks."},
    {"ehc_needs_assessment", 10, "School to request an EHC needs assessment; EP involvement agreed."},
    {"early_help", 15, "Family referred to Early Help for support at home."},
    {"no_further_action", 10, "Support in school is appropriate; no further action by the panel."},
    {"other", 6, "Educational psychologist consultation and a review of the support plan."},
};

struct ActionTemplate
{
    const char* decision;
    const char* description;
    const char* owner; // empty: an LA officer
};

constexpr ActionTemplate kActions[] = {
    {"outreach_support", "Outreach team to begin weekly sessions in school", "Behaviour outreach team"},
    {"outreach_support", "School to update the pastoral support plan with the outreach targets", "School SENCo"},
    {"ap_placement", "Commission a part-time alternative provision place", ""},
    {"ap_placement", "Review attendance and progress at the provision after six weeks", "School pastoral lead"},
    {"managed_move", "Arrange the managed move meeting with both schools and the family", ""},
    {"managed_move", "Agree the trial period and review date in writing", "Receiving school"},
    {"ehc_needs_assessment", "Submit the EHC needs assessment request", "School SENCo"},
    {"ehc_needs_assessment", "Educational psychologist to observe in class", "Educational Psychology Service"},
    {"early_help", "Refer the family to the Early Help hub", "School designated safeguarding lead"},
    {"no_further_action", "Write to the school with the panel's advice", ""},
    {"other", "Arrange an educational psychologist consultation", "Educational Psychology Service"},
    {"other", "Bring the pupil back to panel for review", ""},
};

QDate secondThursday(int year, int month, int nth)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != 4) {
        d = d.addDays(1);
    }
    return d.addDays(7 * (nth - 1));
}

} // namespace

void makePanelMeetings(DemoContext& c, DemoRandom& r)
{
    const DemoCalendar& calendar = c.data.calendar;
    int planned = 0;
    for (int yi = 0; yi < calendar.yearCount(); ++yi) {
        const int y = calendar.year(yi).published.year.startYear();
        for (int month : {9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7}) {
            const int calendarYear = month >= 9 ? y : y + 1;
            const QDate wanted = secondThursday(calendarYear, month, month == 9 ? 3 : 2);
            const QDate date = calendar.schoolDayOnOrAfter(-1, wanted);
            if (!date.isValid() || calendar.yearIndexOf(date) != yi) {
                continue;
            }
            PanelMeetingRow m;
            m.date = date;
            m.location = r.chance(0.3) ? QStringLiteral("Online (Microsoft Teams)")
                                       : QStringLiteral("County Hall, Committee Room 2");
            m.attendees = QStringLiteral("Head of Inclusion (chair); Placement and Exclusion Officer; Educational "
                                         "Psychologist; primary and secondary headteacher representatives; PRU "
                                         "headteacher; SEND casework officer; Early Help coordinator");
            if (date <= c.today()) {
                m.status = r.chance(0.03) ? QStringLiteral("cancelled") : QStringLiteral("held");
            } else if (planned < 2) {
                m.status = QStringLiteral("planned");
                ++planned;
            } else {
                continue;
            }
            c.data.meetings.push_back(m);
        }
    }
}

PanelDecision referToPanel(DemoContext& c, DemoRandom& r, int pupil, int school, QDate received, const QString& reason,
                           const QString& evidence)
{
    PanelDecision out;
    if (!received.isValid() || received > c.today()) {
        return out;
    }
    ReferralRow row;
    row.pupil = DemoContext::id(pupil);
    row.school = DemoContext::id(school);
    row.received = received;
    row.reason = reason;
    row.evidence = evidence;
    row.status = QStringLiteral("received");
    c.state[static_cast<std::size_t>(pupil)].hasCase = true;

    if (r.chance(0.03)) {
        row.status = QStringLiteral("withdrawn");
        c.data.referrals.push_back(row);
        return out;
    }
    auto& meetings = c.data.meetings;
    const QDate earliest = received.addDays(7);
    auto it = std::lower_bound(meetings.begin(), meetings.end(), earliest,
                               [](const PanelMeetingRow& m, QDate d) { return m.date < d; });
    while (it != meetings.end() && it->status == QLatin1String("cancelled")) {
        ++it;
    }
    if (it == meetings.end()) {
        c.data.referrals.push_back(row);
        return out;
    }
    PanelMeetingRow& meeting = *it;
    row.meeting = static_cast<qint64>(it - meetings.begin()) + 1;
    row.agendaPosition = ++meeting.agendaLength;
    row.status = QStringLiteral("on_agenda");
    if (meeting.status != QLatin1String("held")) {
        c.data.referrals.push_back(row);
        return out;
    }

    const SchoolRow& s = c.school(school);
    std::vector<double> weights;
    for (const DecisionOption& d : kDecisions) {
        double w = d.weight;
        if (QLatin1String(d.decision) == QLatin1String("managed_move") && s.phase != Phase::Secondary) {
            w = 0;
        }
        if (QLatin1String(d.decision) == QLatin1String("ehc_needs_assessment") &&
            c.state[static_cast<std::size_t>(pupil)].senAt(received) == QLatin1Char('K')) {
            w *= 2.5;
        }
        weights.push_back(w);
    }
    const DecisionOption& decision = kDecisions[r.pickCumulative(cumulativeWeights(weights))];
    row.decision = QString::fromLatin1(decision.decision);
    row.decisionOn = meeting.date;
    row.decisionNotes = QString::fromLatin1(decision.notes);
    row.minutes = QStringLiteral("School presented the referral; the panel reviewed the suspensions and the support "
                                 "tried so far. %1")
                      .arg(row.decisionNotes);
    row.status =
        meeting.date < c.today().addDays(-270) && r.chance(0.4) ? QStringLiteral("closed") : QStringLiteral("decided");
    c.data.referrals.push_back(row);
    const qint64 referralId = static_cast<qint64>(c.data.referrals.size());

    std::vector<const ActionTemplate*> actions;
    for (const ActionTemplate& a : kActions) {
        if (row.decision == QLatin1String(a.decision)) {
            actions.push_back(&a);
        }
    }
    const int count = std::min(static_cast<int>(actions.size()), r.uniformInt(1, 3));
    for (int i = 0; i < count; ++i) {
        const ActionTemplate& a = *actions[static_cast<std::size_t>(i)];
        ActionRow action;
        action.referral = referralId;
        action.description = QString::fromLatin1(a.description);
        action.owner = a.owner[0] == '\0' ? c.officer(r) : QString::fromLatin1(a.owner);
        action.due = meeting.date.addDays(r.uniformInt(14, 42));
        const QDate done = action.due.addDays(-r.uniformInt(0, 12));
        if (done <= c.today() && r.chance(action.due <= c.today() ? 0.8 : 0.3)) {
            action.done = std::max(done, meeting.date);
        }
        c.data.actions.push_back(action);
    }
    c.addNote(r, pupil, meeting.date, "panel",
              QStringLiteral("Discussed at the Pupil Inclusion Panel. Decision: %1").arg(row.decisionNotes));
    out.decision = row.decision;
    out.decidedOn = meeting.date;
    return out;
}

void finishPanelMeetings(DemoContext& c)
{
    for (PanelMeetingRow& m : c.data.meetings) {
        if (m.status != QLatin1String("held")) {
            continue;
        }
        m.minutes = m.agendaLength > 0
                        ? QStringLiteral("%1 referral(s) considered; decisions and actions are recorded on each "
                                         "referral. Schools' engagement with the panel noted.")
                              .arg(m.agendaLength)
                        : QStringLiteral("No referrals this month; general business and data review only.");
    }
}

} // namespace casebook::demo
