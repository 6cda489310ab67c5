#include "rules/IrpDeadlines.h"

#include "rules/GuidanceNumbers.h"

namespace casebook {

namespace {

EstimatedDate chained(const EstimatedDate& from, EstimatedDate next)
{
    next.estimated = next.estimated || from.estimated;
    return next;
}

} // namespace

EstimatedDate noticeDeemedGiven(QDate decisionNoticeSent, const SchoolCalendar& calendar)
{
    return calendar.addWorkingDays(decisionNoticeSent, guidance::kNoticeDeemedGivenAfterWorkingDays);
}

EstimatedDate irpApplicationDeadline(QDate noticeDeemedGiven, const SchoolCalendar& calendar)
{
    return calendar.addSchoolDays(noticeDeemedGiven, guidance::kIrpApplicationWithinSchoolDays);
}

EstimatedDate irpMeetingDue(QDate applicationDate, const SchoolCalendar& calendar)
{
    return calendar.addSchoolDays(applicationDate, guidance::kIrpMeetingBySchoolDay);
}

EstimatedDate reconsiderationDue(QDate panelDecisionNotified, const SchoolCalendar& calendar)
{
    return calendar.addSchoolDays(panelDecisionNotified, guidance::kReconsiderationWithinSchoolDays);
}

IrpTimeline irpTimeline(const ExclusionFacts& exclusion, const CalendarSet& calendars)
{
    const SchoolCalendar& calendar = calendars.forSchool(exclusion.schoolId);
    IrpTimeline timeline;
    if (exclusion.boardOutcome == BoardOutcome::Upheld && exclusion.boardDecisionNoticeSent.isValid()) {
        timeline.noticeDeemedGiven = noticeDeemedGiven(exclusion.boardDecisionNoticeSent, calendar);
        timeline.applicationDeadline =
            chained(timeline.noticeDeemedGiven, irpApplicationDeadline(timeline.noticeDeemedGiven.value, calendar));
    }
    if (exclusion.irpApplicationDate.isValid()) {
        timeline.meetingDue = irpMeetingDue(exclusion.irpApplicationDate, calendar);
    }
    const bool reconsider = exclusion.irpOutcome == IrpOutcome::RecommendReconsider ||
                            exclusion.irpOutcome == IrpOutcome::QuashDirectReconsider;
    if (reconsider) {
        timeline.reconsiderationFromMeetingDate = !exclusion.irpDecisionDate.isValid();
        const QDate from =
            timeline.reconsiderationFromMeetingDate ? exclusion.irpMeetingDate : exclusion.irpDecisionDate;
        timeline.reconsiderationDue = reconsiderationDue(from, calendar);
    }
    return timeline;
}

} // namespace casebook
