#include "demo/DemoSuspensionDetails.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReasons.h"

#include <algorithm>

namespace casebook::demo {

namespace {

const QDate kNotifyAllFrom(2022, 9, 1); // every suspension notified to board and LA from September 2022

bool overlaps(QDate from, QDate to, QDate a, QDate b)
{
    return from <= b && to >= a;
}

int termIndex(const DemoTermYear& year, QDate d)
{
    return d < year.terms[1].firstDay ? 0 : d < year.terms[2].firstDay ? 1 : 2;
}

} // namespace

void completeSuspensions(DemoContext& c, DemoRandom& r, DemoReasons& reasons, int yearIndex,
                         std::size_t firstSuspension)
{
    const DemoCalendar& calendar = c.data.calendar;
    const DemoCalendar::Year& year = calendar.year(yearIndex);
    const DemoTermYear& published = year.published;
    auto& suspensions = c.data.suspensions;
    const QDate today = c.today();
    const auto upTo = [&](QDate d) { return d.isValid() && d <= today ? d : QDate(); };

    std::vector<std::size_t> order;
    for (std::size_t i = firstSuspension; i < suspensions.size(); ++i) {
        if (!suspensions[i].removed) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SuspensionRow& x = suspensions[a];
        const SuspensionRow& y = suspensions[b];
        if (x.pupil != y.pupil) {
            return x.pupil < y.pupil;
        }
        if (x.school != y.school) {
            return x.school < y.school;
        }
        return x.firstDay != y.firstDay ? x.firstDay < y.firstDay : a < b;
    });

    qint64 lastPupil = 0;
    qint64 lastSchool = 0;
    int countThisYear = 0;
    std::array<double, 3> daysInTerm{};
    for (std::size_t i : order) {
        SuspensionRow& s = suspensions[i];
        const int pupil = DemoContext::index(s.pupil);
        const int school = DemoContext::index(s.school);
        PupilState& st = c.state[static_cast<std::size_t>(pupil)];
        st.hasCase = true;
        if (s.pupil != lastPupil || s.school != lastSchool) {
            daysInTerm = {};
            countThisYear = s.pupil != lastPupil ? 0 : countThisYear;
            lastPupil = s.pupil;
            lastSchool = s.school;
        }
        ++countThisYear;
        const Phase phase = c.school(school).phase;
        const int nc = c.ncYear(pupil, s.firstDay);

        const QDate previous = calendar.previousSchoolDay(school, s.firstDay);
        const bool dayBefore =
            !s.afternoon && r.chance(0.6) && previous.isValid() && year.published.year.contains(previous);
        s.decisionDate = dayBefore ? previous : s.firstDay;
        s.reasons = reasons.forSuspension(r, s.decisionDate, phase);
        s.detail = DemoReasons::detail(r, s.reasons[0]);

        const bool fullDuty = s.decisionDate >= kNotifyAllFrom;
        const bool recent = s.decisionDate > today.addDays(-7);
        const auto workingDaysAfter = [&](int low, int high) {
            return upTo(calendar.addWorkingDays(s.decisionDate, r.uniformInt(low, high)));
        };
        if (r.chance(0.97)) {
            s.parentNotified = upTo(s.decisionDate);
        } else if (r.chance(0.66)) {
            s.parentNotified = workingDaysAfter(1, 1);
        }
        const bool longOne = s.sessions > 10;
        if (r.chance(fullDuty ? (recent ? 0.6 : 0.88) : (longOne ? 0.8 : 0.3))) {
            s.governorsNotified = workingDaysAfter(0, 2);
        }
        if (fullDuty) {
            if (r.chance(recent ? 0.55 : 0.93)) {
                s.laNotified = r.chance(0.9) ? workingDaysAfter(0, 1) : workingDaysAfter(2, 6);
            }
        } else if (r.chance(longOne ? 0.85 : 0.6)) {
            s.laNotified = workingDaysAfter(0, 20); // termly returns for the short ones
        }
        if (st.socialWorkerAt(s.decisionDate) && r.chance(fullDuty ? 0.8 : 0.3)) {
            s.socialWorkerNotified = workingDaysAfter(0, 2);
        }
        if (st.lookedAfterAt(s.decisionDate) && r.chance(fullDuty ? 0.88 : 0.5)) {
            s.virtualSchoolNotified = workingDaysAfter(0, 2);
        }
        if (r.chance(0.55)) {
            s.reintegrationMeeting = upTo(calendar.schoolDayOnOrAfter(school, s.lastDay.addDays(1)));
        }
        if (longOne && r.chance(0.85)) {
            s.sixthDayProvisionFrom = upTo(calendar.addSchoolDays(school, s.firstDay, 5));
            if (s.sixthDayProvisionFrom.isValid()) {
                s.sixthDayProvision =
                    pickText(r, {"Full-time place in a partner school's inclusion unit", "Full-time place at the PRU",
                                 "Alternative provision arranged by the school"});
            }
        }
        if (nc == 11) {
            s.wouldMissExam =
                overlaps(s.firstDay, s.lastDay, QDate(s.firstDay.year(), 5, 12), published.year11ExamsEnd);
        } else if (nc == 6) {
            s.wouldMissExam =
                overlaps(s.firstDay, s.lastDay, published.keyStage2TestsWeek, published.keyStage2TestsWeek.addDays(3));
        }
        if (r.chance(0.006)) {
            s.cancelledOn = s.decisionDate;
        }

        // The governing board's duties by the pupil's days at this school this term.
        const int term = termIndex(published, s.firstDay);
        const double before = daysInTerm[static_cast<std::size_t>(term)];
        const double after = before + (s.lunchtime ? 0.5 : s.sessions / 2.0);
        daysInTerm[static_cast<std::size_t>(term)] = after;
        const auto outcome = [&](double reinstated, double noted) {
            const double u = r.uniform();
            return u < reinstated           ? QStringLiteral("reinstated")
                   : u < reinstated + noted ? QStringLiteral("noted")
                                            : QStringLiteral("upheld");
        };
        if (after > 15 && before <= 15) {
            if (r.chance(0.95)) {
                const QDate notice = s.governorsNotified.isValid() ? s.governorsNotified : s.decisionDate;
                s.boardReviewOn = upTo(calendar.addSchoolDays(school, notice, r.uniformInt(5, 15)));
                if (s.boardReviewOn.isValid()) {
                    s.boardReviewOutcome = outcome(0.05, 0.07);
                }
            }
        } else if (after > 5 && r.chance(0.18)) {
            s.boardReviewRequested = workingDaysAfter(1, 8);
            if (s.boardReviewRequested.isValid()) {
                s.boardReviewOn = upTo(calendar.addSchoolDays(school, s.boardReviewRequested, r.uniformInt(5, 30)));
                if (s.boardReviewOn.isValid()) {
                    s.boardReviewOutcome = outcome(0.08, 0.12);
                }
            }
        } else if (r.chance(0.02)) {
            s.boardReviewRequested = workingDaysAfter(1, 5);
            if (s.boardReviewRequested.isValid()) {
                s.boardReviewOn = upTo(calendar.addSchoolDays(school, s.boardReviewRequested, r.uniformInt(3, 20)));
                if (s.boardReviewOn.isValid()) {
                    s.boardReviewOutcome = QStringLiteral("noted");
                }
            }
        }

        if ((countThisYear >= 3 || longOne) && r.chance(0.35)) {
            const QDate on = s.laNotified.isValid() ? s.laNotified : s.decisionDate;
            c.addNote(r, pupil, on, r.chance(0.6) ? "phone_call" : "email",
                      QStringLiteral("Suspension %1 this year notified (%2 session(s)). Spoke to the school about the "
                                     "support in place%3.")
                          .arg(countThisYear)
                          .arg(s.sessions)
                          .arg(countThisYear >= 3 ? QStringLiteral(" and whether a referral to panel is needed")
                                                  : QString()));
        }
    }
}

} // namespace casebook::demo
