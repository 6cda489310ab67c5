#include "rules/SixthDayProvision.h"

#include "calendar/NationalCurriculumYear.h"
#include "rules/GuidanceNumbers.h"
#include "rules/SuspensionDays.h"

#include <algorithm>
#include <map>
#include <set>

namespace casebook {

namespace {

// Sessions a run may last before the sixth-day duty arises (five days).
constexpr std::size_t kSessionsWithoutProvision =
    std::size_t{guidance::kMaxConsecutiveDaysWithoutProvision} * guidance::kSessionsPerDay;

struct Slot
{
    SuspensionSession session;
    std::size_t index = 0; // into the suspensions vector
};

// The session straight after `session` in this calendar.
SuspensionSession nextSession(const SuspensionSession& session, const SchoolCalendar& calendar)
{
    if (session.part == SessionPart::Morning) {
        return {session.day, SessionPart::Afternoon};
    }
    return {calendar.addSchoolDays(session.day, 1).value, SessionPart::Morning};
}

struct Run
{
    std::vector<Slot> slots; // distinct sessions in order
    std::set<std::size_t> members;
};

SixthDayDuty dutyForRun(const Run& run, const std::vector<SuspensionFacts>& suspensions,
                        const std::vector<SuspensionSpan>& spans)
{
    const Slot& sixth = run.slots[kSessionsWithoutProvision]; // the first session beyond five days
    SixthDayDuty duty;
    duty.recordId = suspensions[sixth.index].id;
    duty.schoolId = suspensions[sixth.index].schoolId;
    duty.from = {sixth.session.day, false};
    duty.runFirstDay = run.slots.front().session.day;
    duty.runLastDay = run.slots.back().session.day;
    duty.runDays = sessionsToDays(static_cast<int>(run.slots.size()));
    for (std::size_t index : run.members) {
        duty.suspensionIds.push_back(suspensions[index].id);
        const QDate arranged = suspensions[index].sixthDayProvisionFrom;
        if (arranged.isValid() && (!duty.arrangedFrom.isValid() || arranged < duty.arrangedFrom)) {
            duty.arrangedFrom = arranged;
        }
        duty.from.estimated = duty.from.estimated || spans[index].estimated;
    }
    std::sort(duty.suspensionIds.begin(), duty.suspensionIds.end());
    return duty;
}

} // namespace

bool sixthDayDutyExempt(const PupilFacts& pupil, QDate day, const SchoolCalendar& calendar)
{
    const std::optional<int> ncYear = nationalCurriculumYear(pupil.dateOfBirth, day);
    if (!ncYear) {
        return false;
    }
    if (*ncYear > guidance::kFinalCompulsoryNcYear) {
        return true;
    }
    if (*ncYear == guidance::kFinalCompulsoryNcYear) {
        const std::optional<QDate> examsEnd = calendar.year11ExamsEnd(AcademicYear::containing(day));
        return examsEnd && day > *examsEnd;
    }
    return false;
}

std::vector<SixthDayDuty> sixthDayDutiesForSuspensions(const PupilFacts& pupil,
                                                       const std::vector<SuspensionFacts>& suspensions,
                                                       const CalendarSet& calendars)
{
    const std::vector<SuspensionSpan> spans = suspensionSpans(suspensions, calendars);
    std::map<qint64, std::vector<Slot>> slotsBySchool;
    for (std::size_t i = 0; i < suspensions.size(); ++i) {
        if (suspensions[i].lunchtime) {
            continue;
        }
        for (const SuspensionSession& session : spans[i].sessions) {
            slotsBySchool[suspensions[i].schoolId].push_back({session, i});
        }
    }

    std::vector<SixthDayDuty> duties;
    const auto finish = [&](const Run& run) {
        if (run.slots.size() <= kSessionsWithoutProvision) {
            return;
        }
        SixthDayDuty duty = dutyForRun(run, suspensions, spans);
        const SchoolCalendar& calendar = calendars.forSchool(duty.schoolId);
        if (!sixthDayDutyExempt(pupil, duty.from.value, calendar)) {
            duties.push_back(std::move(duty));
        }
    };
    for (auto& [schoolId, slots] : slotsBySchool) {
        const SchoolCalendar& calendar = calendars.forSchool(schoolId);
        std::stable_sort(slots.begin(), slots.end(),
                         [](const Slot& a, const Slot& b) { return a.session < b.session; });
        Run run;
        for (const Slot& slot : slots) {
            if (!run.slots.empty()) {
                const SuspensionSession& last = run.slots.back().session;
                if (slot.session == last) { // overlapping suspensions: count the session once
                    run.members.insert(slot.index);
                    continue;
                }
                if (nextSession(last, calendar) < slot.session) {
                    finish(run);
                    run = Run{};
                }
            }
            run.slots.push_back(slot);
            run.members.insert(slot.index);
        }
        if (!run.slots.empty()) {
            finish(run);
        }
    }
    std::sort(duties.begin(), duties.end(),
              [](const SixthDayDuty& a, const SixthDayDuty& b) { return a.from.value < b.from.value; });
    return duties;
}

std::optional<SixthDayDuty> sixthDayDutyForExclusion(const PupilFacts& pupil, const ExclusionFacts& exclusion,
                                                     const CalendarSet& calendars)
{
    if (exclusion.withdrawn) {
        return std::nullopt;
    }
    const SchoolCalendar& calendar = calendars.forSchool(exclusion.schoolId);
    SixthDayDuty duty;
    duty.recordId = exclusion.id;
    duty.permanentExclusion = true;
    duty.schoolId = exclusion.schoolId;
    duty.startAssumed = !exclusion.effectiveDate.isValid();
    const EstimatedDate dayOne =
        calendar.schoolDayOnOrAfter(duty.startAssumed ? exclusion.decisionDate : exclusion.effectiveDate);
    if (!dayOne.value.isValid()) {
        return std::nullopt;
    }
    duty.runFirstDay = dayOne.value;
    duty.from = calendar.addSchoolDays(dayOne.value, guidance::kSixthDayProvisionFromDay - 1);
    duty.from.estimated = duty.from.estimated || dayOne.estimated;
    duty.arrangedFrom = exclusion.laProvisionFrom;
    if (sixthDayDutyExempt(pupil, duty.from.value, calendar)) {
        return std::nullopt;
    }
    return duty;
}

} // namespace casebook
