#include "demo/DemoExclusions.h"

#include "demo/DemoContext.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReasons.h"

#include <algorithm>

namespace casebook::demo {

namespace {

QDate upTo(const DemoContext& c, QDate d)
{
    return d.isValid() && d <= c.today() ? d : QDate();
}

// Returns the pupil to the school that excluded them, from the school day after `decidedOn`.
void reinstate(DemoContext& c, DemoRandom& r, int pupil, int school, QDate decidedOn, QDate yearEnd)
{
    const QDate back = c.data.calendar.addSchoolDays(school, decidedOn, 1);
    if (!back.isValid() || back > c.today() || back > yearEnd) {
        return;
    }
    if (c.currentSchool(pupil) == school) {
        return; // never taken off the roll
    }
    if (c.currentSchool(pupil) >= 0) {
        c.leave(pupil, decidedOn, QStringLiteral("other"), school, QStringLiteral("Reinstated at the home school"));
    }
    c.enrol(pupil, school, back);
    c.addNote(r, pupil, decidedOn, "phone_call",
              QStringLiteral("Exclusion overturned: pupil reinstated. Reintegration meeting to be arranged."));
}

} // namespace

void recordExclusion(DemoContext& c, DemoRandom& r, DemoReasons& reasons, int pupil, int school, QDate decision,
                     QDate yearEnd)
{
    const DemoCalendar& calendar = c.data.calendar;
    const PupilState& st = c.state[static_cast<std::size_t>(pupil)];
    const SchoolRow& home = c.school(school);
    ExclusionRow x;
    x.pupil = DemoContext::id(pupil);
    x.school = DemoContext::id(school);
    x.decisionDate = decision;
    x.effectiveDate = r.chance(0.6) ? decision : calendar.addSchoolDays(school, decision, 1);
    x.reasons = reasons.forExclusion(r, decision, home.phase);
    x.detail = DemoReasons::detail(r, x.reasons[0]);
    const auto notified = [&](double probability) {
        return r.chance(probability) ? upTo(c, calendar.addWorkingDays(decision, r.uniformInt(0, 1))) : QDate();
    };
    x.parentNotified = upTo(c, decision);
    x.governorsNotified = notified(0.97);
    x.laNotified = notified(0.98);
    if (st.socialWorkerAt(decision)) {
        x.socialWorkerNotified = notified(0.85);
    }
    if (st.lookedAfterAt(decision)) {
        x.virtualSchoolNotified = notified(0.9);
    }
    const int nc = c.ncYear(pupil, decision);
    x.wouldMissExam = nc == 11 && decision.month() >= 4 &&
                      decision <= calendar.year(calendar.yearIndexOf(decision)).published.year11ExamsEnd;
    c.state[static_cast<std::size_t>(pupil)].hasCase = true;

    if (r.chance(0.02)) { // withdrawn by the headteacher before the board met
        x.withdrawnOn = upTo(c, calendar.addSchoolDays(school, decision, r.uniformInt(1, 3)));
        if (x.withdrawnOn.isValid()) {
            c.data.exclusions.push_back(x);
            return;
        }
    }

    // The LA's sixth-day duty is to pupils of compulsory school age: a sixth former goes to college instead.
    const bool compulsoryAge = nc <= 11;
    const auto& prus = c.schoolsByPhase[static_cast<std::size_t>(Phase::Pru)];
    const int pru = prus.empty() || !compulsoryAge
                        ? -1
                        : prus[static_cast<std::size_t>(r.uniformInt(0, static_cast<int>(prus.size()) - 1))];
    if (compulsoryAge && r.chance(0.93)) {
        x.laProvisionFrom = upTo(c, calendar.addSchoolDays(school, x.effectiveDate, 5));
        if (x.laProvisionFrom.isValid() && pru >= 0) {
            x.laProvisionDetail = QStringLiteral("Full-time place at %1").arg(c.school(pru).name);
        } else if (x.laProvisionFrom.isValid()) {
            x.laProvisionDetail = QStringLiteral("Full-time tuition arranged by the LA");
        }
    }

    const QDate boardDue =
        calendar.addSchoolDays(school, x.governorsNotified.isValid() ? x.governorsNotified : decision, 15);
    x.boardMeeting = upTo(c, calendar.addSchoolDays(school, decision, r.uniformInt(6, 15)));
    if (x.boardMeeting.isValid() && x.boardMeeting > boardDue) {
        x.boardMeeting = boardDue;
    }
    QDate reinstatedOn;
    if (x.boardMeeting.isValid()) {
        x.boardOutcome = r.chance(0.06) ? QStringLiteral("reinstated") : QStringLiteral("upheld");
        x.boardNoticeSent = upTo(c, calendar.addWorkingDays(x.boardMeeting, r.uniformInt(0, 2)));
        if (x.boardOutcome == QLatin1String("reinstated")) {
            reinstatedOn = x.boardMeeting;
        } else if (x.boardNoticeSent.isValid() && r.chance(0.15)) {
            const QDate deemed = calendar.addWorkingDays(x.boardNoticeSent, 2);
            x.irpApplication = upTo(c, calendar.addSchoolDays(school, deemed, r.uniformInt(3, 14)));
            x.irpMeeting = x.irpApplication.isValid()
                               ? upTo(c, calendar.addSchoolDays(school, x.irpApplication, r.uniformInt(10, 15)))
                               : QDate();
            if (x.irpMeeting.isValid()) {
                x.irpDecision = upTo(c, calendar.addWorkingDays(x.irpMeeting, r.uniformInt(1, 3)));
            }
            if (x.irpDecision.isValid()) {
                const double u = r.uniform();
                x.irpOutcome = u < 0.65  ? QStringLiteral("upheld")
                               : u < 0.9 ? QStringLiteral("recommend_reconsideration")
                                         : QStringLiteral("quash_direct_reconsideration");
                if (x.irpOutcome != QLatin1String("upheld")) {
                    x.reconsideration = upTo(c, calendar.addSchoolDays(school, x.irpDecision, r.uniformInt(3, 10)));
                    if (x.reconsideration.isValid()) {
                        const double reinstateChance =
                            x.irpOutcome == QLatin1String("quash_direct_reconsideration") ? 0.4 : 0.2;
                        x.reconsiderationOutcome =
                            r.chance(reinstateChance) ? QStringLiteral("reinstated") : QStringLiteral("upheld");
                        if (x.reconsiderationOutcome == QLatin1String("reinstated")) {
                            reinstatedOn = x.reconsideration;
                        }
                    }
                }
            }
        }
    }
    if (pru >= 0 && x.boardOutcome == QLatin1String("upheld") && !reinstatedOn.isValid()) {
        x.destination = c.school(pru).name;
    } else if (!compulsoryAge && x.boardOutcome == QLatin1String("upheld")) {
        x.destination = QStringLiteral("Further education college");
    }
    c.data.exclusions.push_back(x);

    // The roll: off the home school when the LA's provision starts, onto the PRU.
    if (x.laProvisionFrom.isValid() && x.laProvisionFrom <= yearEnd) {
        const QDate lastAtHome = calendar.previousSchoolDay(school, x.laProvisionFrom);
        c.leave(pupil, std::max(lastAtHome, decision), QStringLiteral("permanent_exclusion"), pru);
        if (pru >= 0) {
            c.enrol(pupil, pru, x.laProvisionFrom);
        }
    } else if (x.boardOutcome == QLatin1String("upheld") && x.boardMeeting.isValid() && x.boardMeeting <= yearEnd) {
        c.leave(pupil, x.boardMeeting, QStringLiteral("permanent_exclusion"), -1,
                compulsoryAge ? QStringLiteral("Education arranged by the LA")
                              : QStringLiteral("Further education college"));
        if (compulsoryAge) {
            c.state[static_cast<std::size_t>(pupil)].returnYear = calendar.yearIndexOf(yearEnd) + 1; // a new school
        }
    } else if (x.boardOutcome == QLatin1String("upheld") && !reinstatedOn.isValid()) {
        // Excluded late in the summer term: the board upholds it after the holiday. The pupil does not return to
        // the school that excluded them; they leave its roll at the end of the year and start somewhere new.
        c.leave(pupil, std::max(yearEnd, decision), QStringLiteral("permanent_exclusion"), -1,
                compulsoryAge ? QStringLiteral("Education arranged by the LA")
                              : QStringLiteral("Further education college"));
        if (compulsoryAge) {
            c.state[static_cast<std::size_t>(pupil)].returnYear = calendar.yearIndexOf(yearEnd) + 1;
        }
    }
    if (reinstatedOn.isValid()) {
        reinstate(c, r, pupil, school, reinstatedOn, yearEnd);
    }

    c.addNote(
        r, pupil, decision, "phone_call",
        QStringLiteral("Headteacher phoned to report a permanent exclusion. Sixth-day provision to be arranged."));
    c.addNote(r, pupil, x.laNotified.isValid() ? x.laNotified : decision, "email",
              QStringLiteral("Exclusion notice received; governing board meeting to be booked within 15 school days."));
    if (x.boardMeeting.isValid()) {
        c.addNote(r, pupil, x.boardMeeting, "meeting",
                  QStringLiteral("Attended the governing board's meeting as the LA's representative. Outcome: %1.")
                      .arg(x.boardOutcome));
    }
}

} // namespace casebook::demo
