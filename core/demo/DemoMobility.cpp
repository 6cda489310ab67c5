#include "demo/DemoMobility.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoPupils.h"
#include "demo/DemoRandom.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace casebook::demo {

namespace {

int roundToInt(double x)
{
    return x <= 0 ? 0 : static_cast<int>(std::floor(x + 0.5));
}

} // namespace

void moveDuringYear(DemoContext& c, DemoRandom& r, int yearIndex)
{
    const DemoCalendar& calendar = c.data.calendar;
    const DemoCalendar::Year& year = calendar.year(yearIndex);
    const QDate firstDay = year.firstDay;
    const QDate until = std::min(year.lastDay, c.today());
    std::map<Phase, int> leavers;

    const int pupilCount = static_cast<int>(c.data.pupils.size());
    for (int p = 0; p < pupilCount; ++p) {
        PupilState& st = c.state[static_cast<std::size_t>(p)];
        st.movedThisYear = false;
        st.suspensionsThisYear = 0;
        st.suspensionDaysThisYear = 0;
        const int si = c.currentSchool(p);
        if (si < 0 || c.school(si).phase == Phase::Pru) {
            continue;
        }
        const SchoolRow& s = c.school(si);
        const int nc = c.ncYear(p, firstDay);
        const double within = s.phase == Phase::Special ? 0.004 : 0.017;
        const double out = 0.022 * (st.fsmAt(firstDay) ? 1.3 : 1.0);
        const double ehe = s.phase == Phase::Primary   ? 0.0025
                           : s.phase == Phase::Special ? 0.002
                           : nc >= 10                  ? 0.005
                                                       : 0.0035;
        const double cme = 0.0012;
        const double u = r.uniform();
        if (u >= within + out + ehe + cme) {
            continue;
        }
        const QDate date = calendar.randomSchoolDay(r, si, firstDay.addDays(14), year.lastDay.addDays(-5));
        if (!date.isValid() || date > c.today()) {
            continue;
        }
        if (u < within) {
            const Phase phase = s.phase == Phase::Special ? DemoContext::mainstreamPhaseFor(nc) : s.phase;
            const int dest = c.chooseSchool(r, phase, s.locality, si);
            const QDate start = dest < 0 ? QDate() : calendar.addSchoolDays(dest, date, r.uniformInt(1, 8));
            if (!start.isValid() || start > c.today() || start > year.lastDay || nc > 13) {
                continue;
            }
            st.movedThisYear = true;
            c.leave(p, date, QStringLiteral("moved_school"), dest);
            c.enrol(p, dest, start);
            continue;
        }
        st.movedThisYear = true;
        ++leavers[s.phase];
        if (u < within + out) {
            c.leave(p, date, QStringLiteral("moved_out_of_area"), -1,
                    pickText(r, {"Moved to another local authority", "Moved to another local authority", "Moved abroad",
                                 "Moved to Scotland", "Moved to Wales"}));
        } else if (u < within + out + ehe) {
            c.leave(p, date, QStringLiteral("elective_home_education"));
            registerHomeEducation(
                c, r, p, si, date,
                pickText(r, {"Parental preference", "Philosophical or lifestyle reasons", "Health reasons",
                             "Dissatisfaction with the school", "Bullying", "Religious reasons", "Not given"}),
                yearIndex);
        } else {
            c.leave(p, date, QStringLiteral("children_missing_education"));
            EheCmeRow row;
            row.pupil = DemoContext::id(p);
            row.kind = QStringLiteral("cme");
            row.registered = calendar.addSchoolDays(si, date, r.uniformInt(10, 20)); // after the absence checks
            row.school = DemoContext::id(si);
            row.reason = pickText(r, {"Not attending; family not contactable", "Left address, whereabouts unknown",
                                      "Removed from roll after 20 days' unexplained absence"});
            if (row.registered > c.today()) {
                row.registered = c.today();
            }
            const QDate ended = row.registered.addDays(r.uniformInt(10, 90));
            if (ended <= c.today() && r.chance(0.75)) {
                row.ended = ended;
                row.outcome = pickText(r, {"Located: on roll in another local authority", "Located: moved abroad",
                                           "Located: at an independent school", "Referred to children's social care"});
            }
            c.data.eheCme.push_back(row);
            c.addNote(r, p, row.registered, "safeguarding",
                      QStringLiteral("Child missing education referral received from the school; checks started."));
        }
    }

    // Arrivals from elsewhere, about as many as left.
    for (Phase phase : {Phase::Primary, Phase::Secondary}) {
        const int count = roundToInt(leavers[phase] * r.uniform(0.9, 1.15));
        for (int i = 0; i < count; ++i) {
            const int si = c.chooseSchool(r, phase);
            const QDate start = calendar.randomSchoolDay(r, si, firstDay, until);
            if (!start.isValid()) {
                continue;
            }
            const SchoolRow& s = c.school(si);
            NewPupil p;
            p.ncYear = r.uniformInt(s.lowYear, std::min(11, s.highYear));
            p.on = start;
            p.entry = start;
            p.phase = phase;
            p.issuingLa = neighbouringLaCode(r);
            p.issuingEstablishment = r.uniformInt(2001, 2999);
            p.issueYear = year.published.year.startYear() - p.ncYear;
            p.temporaryUpn = r.chance(0.05);
            const int pupil = createPupil(c, r, p);
            c.enrol(pupil, si, start);
            c.state[static_cast<std::size_t>(pupil)].movedThisYear = true;
        }
    }
}

void registerHomeEducation(DemoContext& c, DemoRandom& r, int pupil, int school, QDate lastDay, const QString& reason,
                           int yearIndex)
{
    const DemoCalendar& calendar = c.data.calendar;
    EheCmeRow row;
    row.pupil = DemoContext::id(pupil);
    row.kind = QStringLiteral("ehe");
    row.registered = std::min(c.today(), lastDay.addDays(r.uniformInt(0, 4)));
    row.school = DemoContext::id(school);
    row.reason = reason;
    const double u = r.uniform();
    if (u < 0.15 && yearIndex + 1 < calendar.yearCount()) {
        const QDate back = calendar.year(yearIndex + 1).firstDay.addDays(-r.uniformInt(2, 12));
        if (back <= c.today() && back >= row.registered) {
            row.ended = back;
            row.outcome = QStringLiteral("Returned to school");
            c.state[static_cast<std::size_t>(pupil)].returnYear = yearIndex + 1;
        }
    } else if (u < 0.25) {
        const QDate moved = row.registered.addDays(r.uniformInt(60, 300));
        if (moved <= c.today()) {
            row.ended = moved;
            row.outcome = QStringLiteral("Moved out of area");
        }
    }
    c.data.eheCme.push_back(row);
    c.addNote(r, pupil, row.registered, "general",
              QStringLiteral("Notified by the school of deregistration for elective home education (%1). EHE "
                             "officer to arrange an initial visit.")
                  .arg(reason.toLower()));
}

} // namespace casebook::demo
