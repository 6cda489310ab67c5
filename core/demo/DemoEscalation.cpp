#include "demo/DemoEscalation.h"

#include "calendar/UkDate.h"
#include "demo/DemoContext.h"
#include "demo/DemoExclusions.h"
#include "demo/DemoMobility.h"
#include "demo/DemoNames.h"
#include "demo/DemoPanel.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSupport.h"
#include "demo/DemoSuspensions.h"

#include <algorithm>
#include <cmath>

namespace casebook::demo {

namespace {

// Permanent exclusions per 100 pupils a year, by phase (primary, secondary, special, PRU).
constexpr double kExclusionRatePer100[] = {0.02, 0.24, 0.06, 0.0};

struct PupilYear
{
    int pupil = 0;
    int school = 0;
    std::vector<std::size_t> suspensions; // in date order
    bool eligible = false;
};

QDate earliest(QDate a, QDate b)
{
    if (!a.isValid()) {
        return b;
    }
    return b.isValid() && b < a ? b : a;
}

} // namespace

void respondToSuspensions(DemoContext& c, DemoRandom& r, DemoReasons& reasons, int yearIndex,
                          std::size_t firstSuspension)
{
    const DemoCalendar& calendar = c.data.calendar;
    const DemoCalendar::Year& year = calendar.year(yearIndex);
    const QDate yearEnd = year.lastDay;
    auto& suspensions = c.data.suspensions;

    // Each pupil's suspensions this year, in date order.
    std::vector<std::size_t> order;
    for (std::size_t i = firstSuspension; i < suspensions.size(); ++i) {
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SuspensionRow& x = suspensions[a];
        const SuspensionRow& y = suspensions[b];
        if (x.pupil != y.pupil) {
            return x.pupil < y.pupil;
        }
        return x.firstDay != y.firstDay ? x.firstDay < y.firstDay : a < b;
    });
    std::vector<PupilYear> groups;
    std::vector<char> suspended(c.data.pupils.size(), 0);
    for (std::size_t i : order) {
        const int pupil = DemoContext::index(suspensions[i].pupil);
        if (groups.empty() || groups.back().pupil != pupil) {
            groups.push_back({pupil, DemoContext::index(suspensions[i].school), {}, true});
        }
        PupilYear& g = groups.back();
        g.suspensions.push_back(i);
        g.eligible = g.eligible && DemoContext::index(suspensions[i].school) == g.school;
        suspended[static_cast<std::size_t>(pupil)] = 1;
    }
    for (PupilYear& g : groups) {
        g.eligible = g.eligible && !c.state[static_cast<std::size_t>(g.pupil)].movedThisYear &&
                     c.currentSchool(g.pupil) == g.school;
    }

    // Who is permanently excluded this year: most after repeated suspensions, a few after one serious incident.
    const QDate census = year.published.censusDay;
    std::array<std::vector<int>, 4> onRoll;
    for (const EnrolmentRow& e : c.data.enrolments) {
        if (e.start <= census && (!e.end.isValid() || e.end >= census)) {
            onRoll[static_cast<std::size_t>(c.school(DemoContext::index(e.school)).phase)].push_back(
                DemoContext::index(e.pupil));
        }
    }
    const double shareOfYear = calendar.weightShare(yearIndex, year.firstDay, std::min(c.today(), yearEnd), true);
    std::vector<char> excluded(c.data.pupils.size(), 0);
    std::vector<std::pair<int, QDate>> exclusionsWithoutSuspension;
    for (std::size_t phase = 0; phase < 4; ++phase) {
        const double expected = kExclusionRatePer100[phase] / 100.0 * static_cast<double>(onRoll[phase].size()) *
                                suspensionTrend(c, yearIndex) * shareOfYear;
        const int total = r.poisson(expected);
        std::vector<double> weights;
        std::vector<int> candidates;
        for (const PupilYear& g : groups) {
            if (g.eligible && static_cast<std::size_t>(c.school(g.school).phase) == phase) {
                const double k = static_cast<double>(g.suspensions.size());
                candidates.push_back(g.pupil);
                weights.push_back(k * std::sqrt(k) * c.state[static_cast<std::size_t>(g.pupil)].frailty);
            }
        }
        const std::vector<double> cumulative = cumulativeWeights(weights);
        for (int n = 0; n < total; ++n) {
            if (r.chance(0.85) && !candidates.empty()) {
                for (int attempt = 0; attempt < 20; ++attempt) {
                    const int pupil = candidates[r.pickCumulative(cumulative)];
                    if (!excluded[static_cast<std::size_t>(pupil)]) {
                        excluded[static_cast<std::size_t>(pupil)] = 1;
                        break;
                    }
                }
            } else if (!onRoll[phase].empty()) {
                for (int attempt = 0; attempt < 50; ++attempt) {
                    const int pupil = r.pick(onRoll[phase]);
                    const int school = c.currentSchool(pupil);
                    if (suspended[static_cast<std::size_t>(pupil)] || excluded[static_cast<std::size_t>(pupil)] ||
                        c.state[static_cast<std::size_t>(pupil)].movedThisYear || school < 0 ||
                        static_cast<std::size_t>(c.school(school).phase) != phase) {
                        continue;
                    }
                    const QDate date =
                        calendar.randomSchoolDay(r, school, year.firstDay, std::min(c.today(), yearEnd.addDays(-5)));
                    if (date.isValid()) {
                        excluded[static_cast<std::size_t>(pupil)] = 1;
                        exclusionsWithoutSuspension.push_back({pupil, date});
                    }
                    break;
                }
            }
        }
    }

    for (const PupilYear& g : groups) {
        if (!g.eligible) {
            continue;
        }
        const int p = g.pupil;
        const int si = g.school;
        const SchoolRow& school = c.school(si);
        const auto& list = g.suspensions;
        const int k = static_cast<int>(list.size());
        const auto at = [&](int i) -> const SuspensionRow& { return suspensions[list[static_cast<std::size_t>(i)]]; };
        const int nc = c.ncYear(p, at(0).firstDay);
        const QDate lastUsable = std::min(c.today(), yearEnd.addDays(-5));

        QDate exclusionDate;
        if (excluded[static_cast<std::size_t>(p)]) {
            const int t = k == 1 || r.chance(0.7) ? k - 1 : r.uniformInt(std::max(0, k - 3), k - 1);
            const int wait = r.uniformInt(0, 5);
            const QDate d = wait == 0 ? at(t).lastDay : calendar.addSchoolDays(si, at(t).lastDay, wait);
            if (d <= lastUsable) {
                exclusionDate = d;
            }
        }
        QDate homeEducationDate;
        for (int j = 0; j < k; ++j) {
            const double chance = school.offRolling                  ? (nc >= 10 ? 0.08 : 0.035)
                                  : school.phase == Phase::Secondary ? 0.004
                                                                     : 0.001;
            if (r.chance(chance)) {
                const QDate d = calendar.addSchoolDays(si, at(j).lastDay, r.uniformInt(2, 15));
                if (d <= lastUsable) {
                    homeEducationDate = d;
                }
                break;
            }
        }
        QDate endDate = earliest(exclusionDate, homeEducationDate);
        const auto before = [&](QDate d) {
            return d.isValid() && d <= c.today() && (!endDate.isValid() || d < endDate);
        };

        PspOutcome psp;
        if (k >= 3 && r.chance(school.phase == Phase::Primary ? 0.45 : 0.55)) {
            const QDate start = calendar.addSchoolDays(si, at(2).lastDay, r.uniformInt(3, 15));
            if (before(start)) {
                psp = startPsp(c, r, p, si, start);
            }
        } else if (k >= 2 && r.chance(0.1)) {
            addSupport(c, r, p, si, QStringLiteral("mentoring"), calendar.addSchoolDays(si, at(1).lastDay, 5));
        }
        if (school.phase == Phase::Secondary && k >= 3 && r.chance(0.05)) {
            const QDate start = calendar.addSchoolDays(si, at(2).lastDay, r.uniformInt(5, 20));
            if (before(start)) {
                offSiteDirection(c, r, p, si, start);
            }
        }
        QDate received;
        if (k >= 4 && r.chance(0.45)) {
            received = calendar.addWorkingDays(at(3).firstDay, r.uniformInt(3, 12));
        } else if (psp.escalated && psp.endedOn.isValid()) {
            received = calendar.addWorkingDays(psp.endedOn, r.uniformInt(1, 5));
        }
        if (before(received)) {
            int sessions = 0;
            int count = 0;
            for (int i = 0; i < k && at(i).firstDay <= received; ++i) {
                sessions += at(i).sessions;
                ++count;
            }
            const QString reason = count >= 4 ? QStringLiteral("Repeated suspensions: %1 since September").arg(count)
                                              : QStringLiteral("Pastoral support plan not succeeding");
            const QString evidence =
                QStringLiteral("%1 suspension(s) this year totalling %2 day(s); most recent on %3.")
                    .arg(count)
                    .arg(sessions / 2.0, 0, 'f', sessions % 2 == 0 ? 0 : 1)
                    .arg(ukDate(at(std::max(0, count - 1)).firstDay));
            const PanelDecision decision = referToPanel(c, r, p, si, received, reason, evidence);
            const QDate after = decision.decidedOn.isValid()
                                    ? calendar.addSchoolDays(si, decision.decidedOn, r.uniformInt(5, 15))
                                    : QDate();
            if (decision.decision == QLatin1String("managed_move")) {
                const QDate start = calendar.addSchoolDays(si, decision.decidedOn, r.uniformInt(10, 25));
                if (before(start) && managedMove(c, r, p, si, start, yearEnd)) {
                    endDate = calendar.previousSchoolDay(si, start);
                    exclusionDate = QDate();
                    homeEducationDate = QDate();
                }
            } else if (decision.decision == QLatin1String("ap_placement") && before(after)) {
                apPlacement(c, r, p, si, after, QStringLiteral("la"));
            } else if (decision.decision == QLatin1String("outreach_support") && before(after)) {
                addSupport(c, r, p, si, QStringLiteral("outreach"), after);
            } else if (decision.decision == QLatin1String("ehc_needs_assessment") && before(after)) {
                addSupport(c, r, p, si, QStringLiteral("ehc_needs_assessment"), after);
            } else if (decision.decision == QLatin1String("early_help") && before(after)) {
                addSupport(c, r, p, si, QStringLiteral("early_help"), after);
            }
        }
        if (k >= 5 && r.chance(0.15)) {
            const QDate start = calendar.addSchoolDays(si, at(4).lastDay, r.uniformInt(5, 20));
            if (before(start)) {
                apPlacement(c, r, p, si, start, QStringLiteral("school"));
            }
        }

        if (exclusionDate.isValid() && (!homeEducationDate.isValid() || exclusionDate <= homeEducationDate)) {
            recordExclusion(c, r, reasons, p, si, exclusionDate, yearEnd);
            endDate = exclusionDate;
        } else if (homeEducationDate.isValid()) {
            c.leave(p, homeEducationDate, QStringLiteral("elective_home_education"));
            registerHomeEducation(
                c, r, p, si, homeEducationDate,
                school.offRolling
                    ? pickText(r, {"Dissatisfaction with the school",
                                   "Advised by the school to avoid a permanent exclusion", "Not given",
                                   "Parental preference"})
                    : pickText(r, {"Dissatisfaction with the school", "Not given", "Parental preference"}),
                yearIndex);
            c.addNote(r, p, homeEducationDate.addDays(r.uniformInt(1, 10)), "safeguarding",
                      QStringLiteral("Home education registration soon after a suspension: raised with the school "
                                     "and the EHE team as a possible off-rolling concern."));
            endDate = homeEducationDate;
        }
        if (endDate.isValid()) {
            for (std::size_t i : list) {
                if (suspensions[i].firstDay > endDate) {
                    suspensions[i].removed = true;
                }
            }
        }
    }

    for (const auto& [pupil, date] : exclusionsWithoutSuspension) {
        const int school = c.currentSchool(pupil);
        if (school >= 0) {
            recordExclusion(c, r, reasons, pupil, school, date, yearEnd);
        }
    }
}

} // namespace casebook::demo
