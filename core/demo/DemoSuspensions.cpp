#include "demo/DemoSuspensions.h"

#include "demo/DemoContext.h"
#include "demo/DemoRandom.h"

#include <algorithm>

namespace casebook::demo {

namespace {

double ncFactor(Phase phase, int nc)
{
    switch (phase) {
    case Phase::Primary: {
        constexpr double kPrimary[] = {0.25, 0.45, 0.6, 0.8, 0.95, 1.15, 1.3};
        return kPrimary[std::clamp(nc, 0, 6)];
    }
    case Phase::Secondary: {
        constexpr double kSecondary[] = {0.8, 1.15, 1.3, 1.3, 0.95, 0.12, 0.08};
        return kSecondary[std::clamp(nc, 7, 13) - 7];
    }
    case Phase::Special:
        return nc <= 6 ? 0.6 : nc <= 11 ? 1.2 : 0.3;
    case Phase::Pru:
        return 1.0;
    }
    return 1.0;
}

constexpr double kMaxSuspensionsPerYear = 12;

struct Segment
{
    int pupil = 0;
    int school = 0;
    QDate from;
    QDate to;         // last day a suspension may start
    QDate enrolledTo; // last day on roll this year
    double risk = 0;
    double normalExposure = 0;
    double actualExposure = 0;
};

struct LengthOption
{
    int sessions;
    double weight;
    bool lunchtime;
};

// Sessions (half days): about 45% last a day or less (lunchtime and half-day ones included).
constexpr LengthOption kLengths[] = {
    {1, 5, true},   {1, 4, false},  {2, 39, false}, {3, 2, false},  {4, 17, false},   {6, 15, false},   {8, 5, false},
    {10, 9, false}, {14, 3, false}, {20, 2, false}, {30, 1, false}, {50, 0.4, false}, {90, 0.1, false},
};

int drawSessions(DemoRandom& r, Phase phase, int previous, bool& lunchtime)
{
    std::vector<double> weights;
    const bool escalate = previous >= 3 && r.chance(0.25);
    for (const LengthOption& o : kLengths) {
        double w = o.weight;
        if (escalate && o.sessions < 6) {
            w = 0;
        }
        if (phase == Phase::Primary && (o.lunchtime || o.sessions <= 2)) {
            w *= 1.4;
        }
        weights.push_back(w);
    }
    const LengthOption& o = kLengths[r.pickCumulative(cumulativeWeights(weights))];
    lunchtime = o.lunchtime;
    int sessions = o.sessions;
    if (sessions >= 14 && sessions < 90) { // spread the longer ones over whole days
        sessions = 2 * r.uniformInt(sessions / 2 - 2, sessions / 2 + 3);
    }
    return std::clamp(sessions, 1, 90);
}

} // namespace

double suspensionTrend(const DemoContext& context, int yearIndex)
{
    const int yearsBeforeFinal = context.data.calendar.yearCount() - 1 - yearIndex;
    return std::max(0.8, 1.0 - 0.02 * yearsBeforeFinal);
}

void generateSuspensions(DemoContext& c, DemoRandom& r, int yearIndex, std::size_t fromEnrolment,
                         SuspensionScale& scale, bool calibrate)
{
    const DemoCalendar& calendar = c.data.calendar;
    const DemoCalendar::Year& year = calendar.year(yearIndex);
    const QDate examsEnd = year.published.year11ExamsEnd;

    std::vector<Segment> segments;
    std::array<double, 4> riskSum{};
    std::array<double, 4> pupilYears{};
    for (std::size_t e = fromEnrolment; e < c.data.enrolments.size(); ++e) {
        const EnrolmentRow& row = c.data.enrolments[e];
        const QDate end = row.end.isValid() ? std::min(row.end, year.lastDay) : year.lastDay;
        const QDate start = std::max(row.start, year.firstDay);
        if (end < start) {
            continue;
        }
        Segment seg;
        seg.pupil = DemoContext::index(row.pupil);
        seg.school = DemoContext::index(row.school);
        seg.from = start;
        seg.enrolledTo = end;
        const int nc = c.ncYear(seg.pupil, start);
        seg.to = nc == 11 || nc == 13 ? std::min(end, examsEnd) : end;
        const SchoolRow& school = c.school(seg.school);
        const PupilState& st = c.state[static_cast<std::size_t>(seg.pupil)];
        const PupilRow& pupil = c.data.pupils[static_cast<std::size_t>(seg.pupil)];
        const QChar sen = st.senAt(start);
        double risk = ncFactor(school.phase, nc) * st.frailty * st.ethnicityFactor * school.suspensionCulture;
        risk *= pupil.sex == QLatin1Char('M') ? 1.0 : 0.38;
        risk *= sen == QLatin1Char('K') ? 4.0 : sen == QLatin1Char('E') ? 2.6 : 1.0;
        risk *= st.fsmAt(start) ? 5.5 : 1.0;
        risk *= st.lookedAfterAt(start) ? 1.8 : 1.0;
        risk *= r.uniform(0.7, 1.3);
        seg.risk = risk;
        seg.normalExposure = calendar.weightShare(yearIndex, seg.from, seg.to, true);
        seg.actualExposure = calendar.weightShare(yearIndex, seg.from, seg.to, false);
        const std::size_t phase = static_cast<std::size_t>(school.phase);
        riskSum[phase] += risk * seg.normalExposure;
        pupilYears[phase] += calendar.weightShare(yearIndex, start, end, true);
        segments.push_back(seg);
    }
    if (calibrate) {
        // The scale at which the expected suspensions (each pupil's capped at the yearly maximum) meet the target.
        for (std::size_t phase = 0; phase < 4; ++phase) {
            const double target =
                kSuspensionRatePer100[phase] * suspensionTrend(c, yearIndex) * pupilYears[phase] / 100.0;
            const auto expected = [&](double s) {
                double sum = 0;
                for (const Segment& seg : segments) {
                    if (static_cast<std::size_t>(c.school(seg.school).phase) == phase) {
                        sum += std::min(kMaxSuspensionsPerYear, s * seg.risk) * seg.normalExposure;
                    }
                }
                return sum;
            };
            double low = 0;
            double high = riskSum[phase] > 0 ? 4 * target / riskSum[phase] : 0;
            for (int i = 0; i < 40 && high > 0 && expected(high) < target; ++i) {
                high *= 2;
            }
            for (int i = 0; i < 40 && high > 0; ++i) {
                const double mid = (low + high) / 2;
                (expected(mid) < target ? low : high) = mid;
            }
            scale.perRisk[phase] = high;
        }
    }

    std::vector<QDate> dates;
    for (const Segment& seg : segments) {
        const SchoolRow& school = c.school(seg.school);
        // Even the most often suspended pupils are suspended at most a few times a term.
        const double mean =
            std::min(kMaxSuspensionsPerYear, scale.perRisk[static_cast<std::size_t>(school.phase)] * seg.risk) *
            seg.actualExposure;
        const int n = r.poisson(mean);
        if (n == 0) {
            continue;
        }
        dates.clear();
        for (int i = 0; i < n; ++i) {
            const QDate d = calendar.randomSchoolDay(r, seg.school, seg.from, seg.to);
            if (d.isValid()) {
                dates.push_back(d);
            }
        }
        std::sort(dates.begin(), dates.end());
        PupilState& st = c.state[static_cast<std::size_t>(seg.pupil)];
        QDate previousEnd;
        for (QDate first : dates) {
            if (previousEnd.isValid() && first <= previousEnd) {
                first = calendar.addSchoolDays(seg.school, previousEnd, r.uniformInt(1, 4));
            }
            if (first > seg.to || first > c.today()) {
                break;
            }
            SuspensionRow s;
            s.pupil = DemoContext::id(seg.pupil);
            s.school = DemoContext::id(seg.school);
            s.firstDay = first;
            s.sessions = drawSessions(r, school.phase, st.suspensionsThisYear, s.lunchtime);
            s.afternoon = !s.lunchtime && s.sessions % 2 == 1 && r.chance(s.sessions == 1 ? 0.7 : 0.5);
            // Keep it within the pupil's time on roll this year.
            const int available = calendar.schoolDaysIn(seg.school, first, seg.enrolledTo);
            if (!s.lunchtime) {
                s.sessions = std::max(1, std::min(s.sessions, available * 2 - (s.afternoon ? 1 : 0)));
            }
            // Schools know the 45-day limit: most stop suspending a pupil who would pass it (some do not).
            const double total = st.suspensionDaysThisYear + (s.lunchtime ? 0.5 : s.sessions / 2.0);
            if (total > 45 && r.chance(0.75)) {
                break;
            }
            st.suspensionDaysThisYear = total;
            const int days = s.lunchtime ? 1 : (s.sessions + (s.afternoon ? 1 : 0) + 1) / 2;
            s.lastDay = days <= 1 ? first : calendar.addSchoolDays(seg.school, first, days - 1);
            previousEnd = s.lastDay;
            ++st.suspensionsThisYear;
            c.data.suspensions.push_back(s);
        }
    }
}

} // namespace casebook::demo
