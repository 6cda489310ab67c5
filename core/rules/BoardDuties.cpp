#include "rules/BoardDuties.h"

#include "rules/GuidanceNumbers.h"
#include "rules/SuspensionDays.h"

#include <algorithm>
#include <map>

namespace casebook {

namespace {

using SchoolTerm = std::pair<qint64, AcademicTerm>;

// The counted sessions of one suspension grouped by the term each falls in.
struct TermSplit
{
    std::map<AcademicTerm, int> sessionsByTerm;
    bool estimated = false;
};

TermSplit splitByTerm(const SuspensionSpan& span, const SchoolCalendar& calendar)
{
    TermSplit split;
    split.estimated = span.estimated;
    for (const SuspensionSession& session : span.sessions) {
        const Estimated<AcademicTerm> term = calendar.termForCounting(session.day);
        ++split.sessionsByTerm[term.value];
        split.estimated = split.estimated || term.estimated;
    }
    return split;
}

// Suspension indexes that count any days, in the order they started (ties by id).
std::vector<std::size_t> startOrder(const std::vector<SuspensionFacts>& suspensions,
                                    const std::vector<SuspensionSpan>& spans)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (!spans[i].sessions.empty()) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SuspensionSession& sa = spans[a].sessions.front();
        const SuspensionSession& sb = spans[b].sessions.front();
        if (!(sa == sb)) {
            return sa < sb;
        }
        return suspensions[a].id < suspensions[b].id;
    });
    return order;
}

} // namespace

QString boardDutyId(BoardDuty duty)
{
    switch (duty) {
    case BoardDuty::None:
        return QStringLiteral("none");
    case BoardDuty::ConsiderRepresentations:
        return QStringLiteral("consider_representations");
    case BoardDuty::MustMeetIfParentRequests:
        return QStringLiteral("must_meet_if_requested");
    case BoardDuty::MustMeetWithin15SchoolDays:
        return QStringLiteral("must_meet");
    }
    return {};
}

QString boardDutyDescription(BoardDuty duty)
{
    switch (duty) {
    case BoardDuty::None:
        return QStringLiteral("No governing board duty");
    case BoardDuty::ConsiderRepresentations:
        return QStringLiteral("Board must consider any representations from the parent (cannot reinstate)");
    case BoardDuty::MustMeetIfParentRequests:
        return QStringLiteral("Board must meet to consider reinstatement if the parent asks (within 50 school days)");
    case BoardDuty::MustMeetWithin15SchoolDays:
        return QStringLiteral("Board must consider reinstatement within 15 school days");
    }
    return {};
}

BoardDuty boardDutyForTermDays(double days)
{
    if (days <= 0.0) {
        return BoardDuty::None;
    }
    if (days <= guidance::kBoardRepresentationsOnlyMaxDays) {
        return BoardDuty::ConsiderRepresentations;
    }
    if (days <= guidance::kBoardMustMeetIfRequestedMaxDays) {
        return BoardDuty::MustMeetIfParentRequests;
    }
    return BoardDuty::MustMeetWithin15SchoolDays;
}

std::vector<TermTotal> suspensionTotalsBySchoolAndTerm(const std::vector<SuspensionFacts>& suspensions,
                                                       const CalendarSet& calendars)
{
    const std::vector<SuspensionSpan> spans = suspensionSpans(suspensions, calendars);
    std::map<SchoolTerm, TermTotal> totals;
    for (std::size_t i : startOrder(suspensions, spans)) {
        const SuspensionFacts& suspension = suspensions[i];
        const TermSplit split = splitByTerm(spans[i], calendars.forSchool(suspension.schoolId));
        for (const auto& [term, sessions] : split.sessionsByTerm) {
            TermTotal& total = totals[{suspension.schoolId, term}];
            total.schoolId = suspension.schoolId;
            total.term = term;
            total.days += sessionsToDays(sessions);
            total.estimated = total.estimated || split.estimated;
            total.suspensionIds.push_back(suspension.id);
        }
    }
    std::vector<TermTotal> result;
    result.reserve(totals.size());
    for (auto& [key, total] : totals) {
        total.duty = boardDutyForTermDays(total.days);
        result.push_back(std::move(total));
    }
    return result;
}

bool SuspensionBoardDuty::meetingRequired() const
{
    if (cancelled) {
        return false;
    }
    return duty == BoardDuty::MustMeetWithin15SchoolDays ||
           (duty == BoardDuty::MustMeetIfParentRequests && parentRequested);
}

std::vector<SuspensionBoardDuty> boardDutiesForSuspensions(const std::vector<SuspensionFacts>& suspensions,
                                                           const CalendarSet& calendars)
{
    const std::vector<SuspensionSpan> spans = suspensionSpans(suspensions, calendars);
    std::map<SchoolTerm, int> runningSessions;
    std::vector<SuspensionBoardDuty> duties;
    for (std::size_t i : startOrder(suspensions, spans)) {
        const SuspensionFacts& suspension = suspensions[i];
        const SchoolCalendar& calendar = calendars.forSchool(suspension.schoolId);
        const TermSplit split = splitByTerm(spans[i], calendar);

        SuspensionBoardDuty duty;
        duty.suspensionId = suspension.id;
        duty.schoolId = suspension.schoolId;
        for (const auto& [term, sessions] : split.sessionsByTerm) {
            int& running = runningSessions[{suspension.schoolId, term}];
            running += sessions;
            const double days = sessionsToDays(running);
            if (duty.duty == BoardDuty::None || boardDutyForTermDays(days) > duty.duty) {
                duty.duty = boardDutyForTermDays(days);
                duty.term = term;
                duty.termDays = days;
            }
        }
        duty.noticeDateAssumed = !suspension.notified.governingBoard.isValid();
        duty.noticeDate = duty.noticeDateAssumed ? spans[i].firstDay : suspension.notified.governingBoard;
        if (duty.duty == BoardDuty::MustMeetIfParentRequests) {
            duty.meetingDue =
                calendar.addSchoolDays(duty.noticeDate, guidance::kBoardMeetingIfRequestedWithinSchoolDays);
        } else if (duty.duty == BoardDuty::MustMeetWithin15SchoolDays) {
            duty.meetingDue = calendar.addSchoolDays(duty.noticeDate, guidance::kBoardMeetingWithinSchoolDays);
        }
        if (duty.meetingDue.value.isValid()) {
            duty.meetingDue.estimated = duty.meetingDue.estimated || split.estimated;
        }
        duty.parentRequested = suspension.boardReviewRequested.isValid();
        duty.meetingHeld = suspension.boardMeetingDate.isValid();
        duty.cancelled = suspension.cancelled;
        duties.push_back(duty);
    }
    return duties;
}

ExclusionBoardDuty boardDutyForExclusion(const ExclusionFacts& exclusion, const CalendarSet& calendars)
{
    ExclusionBoardDuty duty;
    duty.exclusionId = exclusion.id;
    duty.noticeDateAssumed = !exclusion.notified.governingBoard.isValid();
    duty.noticeDate = duty.noticeDateAssumed ? exclusion.decisionDate : exclusion.notified.governingBoard;
    duty.meetingDue =
        calendars.forSchool(exclusion.schoolId).addSchoolDays(duty.noticeDate, guidance::kBoardMeetingWithinSchoolDays);
    duty.meetingHeld = exclusion.boardMeetingDate.isValid();
    duty.withdrawn = exclusion.withdrawn;
    return duty;
}

} // namespace casebook
