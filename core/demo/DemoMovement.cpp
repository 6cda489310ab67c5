#include "demo/DemoMovement.h"

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

// Term dates of years before the generated ones, for the start of pupils' histories.
class PastTerms
{
public:
    QDate firstPupilDay(int startYear) { return get(startYear).terms[0].firstDay.addDays(1); }
    QDate lastDay(int startYear) { return get(startYear).terms[2].lastDay; }

private:
    const DemoTermYear& get(int startYear)
    {
        auto it = m_years.find(startYear);
        if (it == m_years.end()) {
            it = m_years.emplace(startYear, demoTermYear(AcademicYear(startYear))).first;
        }
        return it->second;
    }
    std::map<int, DemoTermYear> m_years;
};

// Relative size of a year group in a school of each phase.
double yearGroupWeight(const SchoolRow& s, int nc)
{
    switch (s.phase) {
    case Phase::Primary:
        return 1.0;
    case Phase::Secondary:
        return nc == 12 ? 0.45 : nc == 13 ? 0.42 : 1.0;
    case Phase::Special:
        return nc <= 6 ? 0.7 : nc <= 11 ? 1.3 : 0.8;
    case Phase::Pru:
        return nc <= 4 ? 0.1 : nc <= 6 ? 0.3 : nc <= 8 ? 0.7 : 1.5;
    }
    return 1.0;
}

int establishmentNumber(const SchoolRow& s)
{
    return s.laestab.mid(3).toInt();
}

} // namespace

void populateFirstYear(DemoContext& c, DemoRandom& r)
{
    PastTerms past;
    const DemoCalendar::Year& year = c.data.calendar.year(0);
    const int y0 = year.published.year.startYear();
    const QDate firstDay = year.firstDay;
    const int schoolCount = static_cast<int>(c.data.schools.size());
    for (int si = 0; si < schoolCount; ++si) {
        const SchoolRow s = c.school(si);
        for (int nc = s.lowYear; nc <= s.highYear; ++nc) {
            const int count = roundToInt(s.yearGroupSize * yearGroupWeight(s, nc) * r.normal(1, 0.04));
            for (int i = 0; i < count; ++i) {
                NewPupil p;
                p.ncYear = nc;
                p.on = firstDay;
                p.phase = s.phase;
                p.issuingLa = kDemoLaCode;
                p.issuingEstablishment = establishmentNumber(s);
                p.issueYear = y0 - nc;
                p.temporaryUpn = r.chance(0.003);
                QDate entryHere;
                int priorPrimary = -1;
                QDate priorStart;
                const bool lateJoiner = r.chance(0.12);
                switch (s.phase) {
                case Phase::Primary:
                    entryHere = nc == 0 ? firstDay : past.firstPupilDay(y0 - nc);
                    if (lateJoiner && nc > 0) {
                        entryHere =
                            entryHere.addDays(r.uniformInt(30, static_cast<int>(entryHere.daysTo(firstDay)) - 1));
                        p.issuingLa = neighbouringLaCode(r);
                        p.issuingEstablishment = r.uniformInt(2001, 2999);
                    }
                    break;
                case Phase::Secondary:
                    entryHere = nc == 7 ? firstDay : past.firstPupilDay(y0 - (nc - 7));
                    if (lateJoiner && nc > 7) {
                        entryHere =
                            entryHere.addDays(r.uniformInt(30, static_cast<int>(entryHere.daysTo(firstDay)) - 1));
                        p.issuingLa = neighbouringLaCode(r);
                        p.issuingEstablishment = r.uniformInt(2001, 2999);
                    } else if (r.chance(0.93)) {
                        priorPrimary = c.chooseSchool(r, Phase::Primary, s.locality);
                        priorStart = past.firstPupilDay(y0 - nc);
                        p.issuingEstablishment = establishmentNumber(c.school(priorPrimary));
                    } else {
                        p.issuingLa = neighbouringLaCode(r);
                        p.issuingEstablishment = r.uniformInt(2001, 2999);
                    }
                    break;
                case Phase::Special:
                    entryHere = past.firstPupilDay(y0 - r.uniformInt(0, std::max(0, nc - s.lowYear)));
                    if (entryHere > firstDay) {
                        entryHere = firstDay;
                    }
                    break;
                case Phase::Pru:
                    entryHere = nc == 0 ? firstDay : firstDay.addDays(-r.uniformInt(20, std::min(400, 365 * nc)));
                    p.issuingLa = r.chance(0.8) ? kDemoLaCode : neighbouringLaCode(r);
                    p.issuingEstablishment = r.uniformInt(2001, 2999);
                    break;
                }
                p.entry = priorPrimary >= 0 ? priorStart : entryHere;
                const int pupil = createPupil(c, r, p);
                if (priorPrimary >= 0) {
                    c.enrol(pupil, priorPrimary, priorStart);
                    c.leave(pupil, past.lastDay(y0 - (nc - 7) - 1), QStringLiteral("moved_school"), si);
                }
                c.enrol(pupil, si, entryHere);
            }
        }
    }
}

void startYear(DemoContext& c, DemoRandom& r, int yearIndex)
{
    const DemoCalendar& calendar = c.data.calendar;
    const DemoCalendar::Year& year = calendar.year(yearIndex);
    const QDate firstDay = year.firstDay;
    const QDate previousLastDay = calendar.year(yearIndex - 1).lastDay;
    const int y = year.published.year.startYear();

    const int pupilCount = static_cast<int>(c.data.pupils.size());
    for (int p = 0; p < pupilCount; ++p) {
        const int si = c.currentSchool(p);
        if (si < 0) {
            continue;
        }
        const SchoolRow& s = c.school(si);
        const int nc = c.ncYear(p, firstDay);
        switch (s.phase) {
        case Phase::Primary:
            if (nc >= 7) {
                if (r.chance(0.03)) {
                    const bool independent = r.chance(0.5);
                    c.leave(p, previousLastDay,
                            independent ? QStringLiteral("other") : QStringLiteral("moved_out_of_area"), -1,
                            independent ? QStringLiteral("Independent school")
                                        : QStringLiteral("Moved to another local authority"));
                } else {
                    const int secondary = c.chooseSchool(r, Phase::Secondary, s.locality);
                    c.leave(p, previousLastDay, QStringLiteral("moved_school"), secondary);
                    c.enrol(p, secondary, firstDay);
                }
            }
            break;
        case Phase::Secondary:
            if (nc >= 14 || (nc == 12 && (!s.sixthForm || !r.chance(0.45)))) {
                c.leave(p, previousLastDay, QStringLiteral("post_16"), -1,
                        nc >= 14 ? pickText(r, {"University", "Employment", "Apprenticeship", "Gap year", "Not known"})
                                 : pickText(r, {"Further education college", "Sixth form college", "Apprenticeship",
                                                "Further education college", "Employment with training", "Not known"}));
            }
            break;
        case Phase::Special:
            if (nc >= 14 || (nc == 12 && r.chance(0.35))) {
                c.leave(p, previousLastDay, QStringLiteral("post_16"), -1,
                        QStringLiteral("Specialist further education college"));
            }
            break;
        case Phase::Pru:
            if (nc >= 12) {
                c.leave(p, previousLastDay, QStringLiteral("post_16"), -1,
                        pickText(r, {"Further education college", "Not in education, employment or training",
                                     "Apprenticeship"}));
            } else if (r.chance(0.5)) {
                const int back = c.chooseSchool(r, DemoContext::mainstreamPhaseFor(nc));
                c.leave(p, previousLastDay, QStringLiteral("moved_school"), back, QStringLiteral("Fresh start"));
                c.enrol(p, back, firstDay);
            }
            break;
        }
    }

    // Pupils coming back from home education.
    for (int p = 0; p < pupilCount; ++p) {
        PupilState& s = c.state[static_cast<std::size_t>(p)];
        if (s.returnYear != yearIndex || s.enrolment >= 0) {
            continue;
        }
        s.returnYear = -1;
        const int nc = c.ncYear(p, firstDay);
        if (nc < 0 || nc > 11) {
            continue;
        }
        const int school = c.chooseSchool(r, DemoContext::mainstreamPhaseFor(nc));
        const QDate start = calendar.schoolDayOnOrAfter(school, firstDay);
        if (start.isValid() && start <= c.today()) {
            c.enrol(p, school, start);
        }
    }

    // Reception.
    for (int si : c.schoolsByPhase[static_cast<std::size_t>(Phase::Primary)]) {
        const SchoolRow s = c.school(si);
        const int count = roundToInt(s.yearGroupSize * r.normal(1, 0.05));
        for (int i = 0; i < count; ++i) {
            NewPupil p;
            p.ncYear = 0;
            p.on = firstDay;
            p.entry = firstDay;
            p.phase = Phase::Primary;
            p.issuingLa = kDemoLaCode;
            p.issuingEstablishment = establishmentNumber(s);
            p.issueYear = y;
            p.temporaryUpn = r.chance(0.002);
            c.enrol(createPupil(c, r, p), si, firstDay);
        }
    }

    // Special schools fill their places, half from mainstream pupils with EHC plans.
    std::vector<int> onRoll(c.data.schools.size(), 0);
    std::vector<int> withPlans;
    for (int p = 0; p < static_cast<int>(c.data.pupils.size()); ++p) {
        const int si = c.currentSchool(p);
        if (si >= 0) {
            ++onRoll[static_cast<std::size_t>(si)];
            const Phase phase = c.school(si).phase;
            if ((phase == Phase::Primary || phase == Phase::Secondary) &&
                c.state[static_cast<std::size_t>(p)].senAt(firstDay) == QLatin1Char('E')) {
                withPlans.push_back(p);
            }
        }
    }
    r.shuffle(withPlans);
    std::size_t nextTransfer = 0;
    for (int si : c.schoolsByPhase[static_cast<std::size_t>(Phase::Special)]) {
        const SchoolRow s = c.school(si);
        const int gap = roundToInt(s.yearGroupSize * 14 * r.normal(1, 0.03)) - onRoll[static_cast<std::size_t>(si)];
        for (int i = 0; i < gap; ++i) {
            if (r.chance(0.5) && nextTransfer < withPlans.size()) {
                const int p = withPlans[nextTransfer++];
                const int nc = c.ncYear(p, firstDay);
                const int e = c.state[static_cast<std::size_t>(p)].enrolment;
                const bool startedNow = e >= 0 && c.data.enrolments[static_cast<std::size_t>(e)].start >= firstDay;
                if (nc <= 13 && e >= 0 && !startedNow) {
                    c.leave(p, previousLastDay, QStringLiteral("moved_school"), si);
                    c.enrol(p, si, firstDay);
                    continue;
                }
            }
            NewPupil p;
            p.ncYear = r.uniformInt(0, 13);
            p.on = firstDay;
            p.entry = firstDay;
            p.phase = Phase::Special;
            p.issuingLa = r.chance(0.7) ? kDemoLaCode : neighbouringLaCode(r);
            p.issuingEstablishment = r.uniformInt(2001, 2999);
            p.issueYear = y - std::max(0, p.ncYear);
            c.enrol(createPupil(c, r, p), si, firstDay);
        }
    }
}

} // namespace casebook::demo
