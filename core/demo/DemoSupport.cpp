#include "demo/DemoSupport.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace casebook::demo {

namespace {

// `count` distinct items of `options`, joined with "; ".
QString pickSome(DemoRandom& r, std::vector<const char*> options, int count)
{
    r.shuffle(options);
    QStringList out;
    for (int i = 0; i < count && i < static_cast<int>(options.size()); ++i) {
        out << QString::fromLatin1(options[static_cast<std::size_t>(i)]);
    }
    return out.join(QStringLiteral("; "));
}

QDate notAfterToday(const DemoContext& c, QDate d)
{
    return d.isValid() && d <= c.today() ? d : QDate();
}

} // namespace

PspOutcome startPsp(DemoContext& c, DemoRandom& r, int pupil, int school, QDate start)
{
    PspOutcome out;
    if (!start.isValid() || start > c.today()) {
        return out;
    }
    PspRow psp;
    psp.pupil = DemoContext::id(pupil);
    psp.school = DemoContext::id(school);
    psp.start = start;
    psp.plannedEnd = start.addDays(16 * 7);
    psp.laRepresentative = c.officer(r);
    psp.targets = pickSome(r,
                           {"Attend every lesson on time", "Use the agreed time-out card instead of leaving class",
                            "No more than two behaviour points a week", "Meet the key worker every morning",
                            "Complete homework club twice a week", "Follow staff instructions the first time"},
                           r.uniformInt(2, 3));
    psp.agencies = pickSome(r,
                            {"Early Help", "CAMHS", "Educational Psychology Service", "Behaviour outreach team",
                             "School nurse", "Youth service", "Children's social care"},
                            r.uniformInt(1, 3));
    const QDate midReview = start.addDays(8 * 7);
    if (psp.plannedEnd > c.today()) {
        psp.status = QStringLiteral("active");
    } else {
        const double u = r.uniform();
        if (u < 0.55) {
            psp.status = QStringLiteral("completed");
            psp.end = psp.plannedEnd.addDays(r.uniformInt(-5, 10));
            psp.outcome = pickText(r, {"Targets met; support continues within the school's usual provision.",
                                       "Good progress: no suspensions during the plan.",
                                       "Most targets met; attendance improved."});
        } else if (u < 0.8) {
            psp.status = QStringLiteral("escalated");
            psp.end = midReview.addDays(r.uniformInt(0, 30));
            psp.outcome = QStringLiteral("Further suspensions during the plan: referred to the Pupil Inclusion Panel.");
            out.escalated = true;
        } else {
            psp.status = QStringLiteral("lapsed");
            psp.end = midReview.addDays(14); // the school stopped running it after the first review fell due
            psp.outcome = QStringLiteral("Reviews not held; the school did not continue the plan.");
        }
        if (psp.end.isValid()) {
            psp.end = std::min(std::max(psp.end, start), c.today());
        }
    }
    out.endedOn = psp.end;
    c.data.psps.push_back(psp);
    const qint64 pspId = static_cast<qint64>(c.data.psps.size());

    for (const QDate& due : {midReview, psp.plannedEnd}) {
        PspReviewRow review;
        review.psp = pspId;
        review.due = due;
        const QDate held = due.addDays(r.uniformInt(-3, 7));
        if (held <= c.today() && psp.status != QLatin1String("lapsed") && r.chance(0.85) &&
            (!psp.end.isValid() || held <= psp.end.addDays(7))) {
            review.held = std::max(held, start);
            review.notes = pickText(r, {"Some progress; targets kept.", "Targets reviewed with the pupil and parent.",
                                        "Behaviour points down; attendance still a concern.",
                                        "Little progress; further support discussed."});
        }
        if (!psp.end.isValid() || due <= psp.end) { // no review falls due once a plan has ended
            c.data.pspReviews.push_back(review);
        }
    }
    c.addNote(r, pupil, start, "meeting",
              QStringLiteral("Pastoral support plan meeting at school; LA representative attended. Targets agreed."));
    const int supports = r.uniformInt(1, 2);
    for (int i = 0; i < supports; ++i) {
        addSupport(c, r, pupil, school,
                   pickText(r, {"mentoring", "educational_psychologist", "camhs", "early_help", "speech_language",
                                "part_time_timetable", "mentoring", "social_care"}),
                   start.addDays(r.uniformInt(0, 40)));
    }
    return out;
}

void addSupport(DemoContext& c, DemoRandom& r, int pupil, int school, const QString& kind, QDate start)
{
    if (!start.isValid() || start > c.today()) {
        return;
    }
    SupportRow row;
    row.pupil = DemoContext::id(pupil);
    row.school = DemoContext::id(school);
    row.kind = kind;
    row.start = start;
    int days = 120;
    if (kind == QLatin1String("mentoring")) {
        days = r.uniformInt(80, 200);
        row.provider =
            pickText(r, {"School learning mentor", "Northshire Youth Mentoring", "Sports mentoring charity"});
    } else if (kind == QLatin1String("educational_psychologist")) {
        days = r.uniformInt(0, 30);
        row.provider = QStringLiteral("Northshire Educational Psychology Service");
    } else if (kind == QLatin1String("camhs")) {
        days = r.uniformInt(60, 300);
        row.provider = QStringLiteral("CAMHS");
    } else if (kind == QLatin1String("early_help")) {
        days = r.uniformInt(80, 180);
        row.provider = QStringLiteral("Northshire Early Help");
    } else if (kind == QLatin1String("part_time_timetable")) {
        days = r.uniformInt(10, 40);
        row.provider = QStringLiteral("School");
        row.notes = QStringLiteral("Reduced timetable with a plan to return to full time.");
    } else if (kind == QLatin1String("outreach")) {
        days = r.uniformInt(60, 120);
        row.provider = QStringLiteral("Behaviour outreach team");
    } else if (kind == QLatin1String("ehc_needs_assessment")) {
        days = r.uniformInt(100, 140); // the 20-week statutory timescale
        row.provider = QStringLiteral("Northshire SEND team");
    } else if (kind == QLatin1String("speech_language")) {
        days = r.uniformInt(60, 150);
        row.provider = QStringLiteral("Speech and language therapy");
    } else if (kind == QLatin1String("social_care")) {
        days = r.uniformInt(120, 400);
        row.provider = QStringLiteral("Northshire Children's Services");
    }
    row.end = notAfterToday(c, start.addDays(days));
    c.data.support.push_back(row);
}

void offSiteDirection(DemoContext& c, DemoRandom& r, int pupil, int school, QDate start)
{
    if (!start.isValid() || start > c.today()) {
        return;
    }
    const SchoolRow& home = c.school(school);
    const bool toPru = r.chance(0.3) && !c.schoolsByPhase[static_cast<std::size_t>(Phase::Pru)].empty();
    const int to = toPru ? c.chooseSchool(r, Phase::Pru) : c.chooseSchool(r, home.phase, home.locality, school);
    if (to < 0 || to == school) {
        return;
    }
    PlacementRow row;
    row.pupil = DemoContext::id(pupil);
    row.kind = QStringLiteral("off_site_direction");
    row.fromSchool = DemoContext::id(school);
    row.toSchool = DemoContext::id(to);
    row.start = start;
    row.reviewOn = start.addDays(42);
    const QDate end = start.addDays(7 * r.uniformInt(6, 12));
    if (end <= c.today()) {
        row.end = end;
        row.outcome = r.chance(0.7) ? QStringLiteral("successful") : QStringLiteral("returned");
    } else {
        row.outcome = QStringLiteral("ongoing");
    }
    row.notes = QStringLiteral("Off-site direction to improve behaviour; reviewed after six weeks.");
    c.data.placements.push_back(row);
    c.addNote(r, pupil, start, "email",
              QStringLiteral("School confirmed an off-site direction to %1.").arg(c.school(to).name));
}

void apPlacement(DemoContext& c, DemoRandom& r, int pupil, int school, QDate start, const QString& commissionedBy)
{
    if (!start.isValid() || start > c.today()) {
        return;
    }
    ApPlacementRow row;
    row.pupil = DemoContext::id(pupil);
    row.commissioningSchool = DemoContext::id(school);
    row.commissionedBy = commissionedBy;
    const auto& prus = c.schoolsByPhase[static_cast<std::size_t>(Phase::Pru)];
    if (!prus.empty() && r.chance(0.4)) {
        const int pru = prus[static_cast<std::size_t>(r.uniformInt(0, static_cast<int>(prus.size()) - 1))];
        row.provider = c.school(pru).name;
        row.providerSchool = DemoContext::id(pru);
        row.dualRegistered = true;
    } else {
        row.provider =
            pickText(r, {"Horizons Vocational Centre", "Northshire Motor Project", "The Bridge Alternative Learning",
                         "Greenway Farm Education", "Step Up Tuition Service"});
    }
    row.start = start;
    const std::vector<double> days = {1, 1.5, 2, 2, 2.5, 3, 3, 5};
    row.daysPerWeek = r.pick(days);
    const int weeks = r.uniformInt(6, 26);
    const double dailyRatePounds = r.uniformInt(70, 140);
    row.costPence = static_cast<qint64>(std::floor(row.daysPerWeek * weeks * dailyRatePounds + 0.5)) * 100;
    const QDate end = start.addDays(7 * weeks);
    if (end <= c.today()) {
        row.end = end;
        row.outcome = pickText(r, {"Completed; returned to a full timetable at school.",
                                   "Attendance poor; placement ended early.", "Good engagement; qualification gained.",
                                   "Moved to a full-time AP place."});
    }
    c.data.apPlacements.push_back(row);
}

bool managedMove(DemoContext& c, DemoRandom& r, int pupil, int school, QDate start, QDate yearEnd)
{
    const DemoCalendar& calendar = c.data.calendar;
    const SchoolRow& home = c.school(school);
    if (!start.isValid() || start > c.today() || start.addDays(40) > yearEnd) {
        return false;
    }
    const int to = c.chooseSchool(r, home.phase, home.locality, school);
    if (to < 0) {
        return false;
    }
    start = calendar.schoolDayOnOrAfter(to, start);
    const QDate lastAtHome = calendar.previousSchoolDay(school, start);
    if (!start.isValid() || !lastAtHome.isValid() || start > c.today()) {
        return false;
    }
    PlacementRow row;
    row.pupil = DemoContext::id(pupil);
    row.kind = QStringLiteral("managed_move");
    row.fromSchool = DemoContext::id(school);
    row.toSchool = DemoContext::id(to);
    row.start = start;
    row.reviewOn = start.addDays(42);
    c.leave(pupil, lastAtHome, QStringLiteral("managed_move"), to);
    c.enrol(pupil, to, start);
    const QDate end = std::min(start.addDays(7 * r.uniformInt(6, 12)), yearEnd);
    if (end <= c.today()) {
        row.end = end;
        const double u = r.uniform();
        row.outcome = u < 0.65   ? QStringLiteral("successful")
                      : u < 0.85 ? QStringLiteral("broke_down")
                                 : QStringLiteral("returned");
        if (row.outcome != QLatin1String("successful")) {
            const QDate back = calendar.addSchoolDays(school, end, 1);
            if (back.isValid() && back <= c.today() && back <= yearEnd) {
                c.leave(pupil, end, QStringLiteral("other"), school,
                        QStringLiteral("Managed move ended: returned to the home school"));
                c.enrol(pupil, school, back);
            } else {
                row.outcome = QStringLiteral("successful");
            }
        }
    } else {
        row.outcome = QStringLiteral("ongoing");
    }
    row.notes = QStringLiteral("Agreed at the Pupil Inclusion Panel; six-week trial before the move is confirmed.");
    c.data.placements.push_back(row);
    c.addNote(r, pupil, start, "meeting",
              QStringLiteral("Managed move to %1 started; review meeting booked.").arg(c.school(to).name));
    return true;
}

} // namespace casebook::demo
