#pragma once

#include "calendar/AcademicYear.h"
#include "calendar/CalendarSet.h"
#include "calendar/Estimated.h"
#include "rules/CaseFacts.h"

#include <QDate>
#include <QString>

#include <vector>

namespace casebook {

// What the governing board must do about a pupil's suspensions at its school in one term.
enum class BoardDuty
{
    None,                       // no suspension days
    ConsiderRepresentations,    // 5 days or fewer: consider parents' representations, cannot reinstate
    MustMeetIfParentRequests,   // more than 5, up to 15: meet if the parent asks, within 50 school days
    MustMeetWithin15SchoolDays, // more than 15 (or a permanent exclusion): meet within 15 school days
};

QString boardDutyId(BoardDuty duty); // "none", "consider_representations", "must_meet_if_requested", "must_meet"
QString boardDutyDescription(BoardDuty duty);
BoardDuty boardDutyForTermDays(double days);

// A pupil's suspension days at one school in one term. A suspension that spans the end of a term
// counts in each term for the school days that fall in it.
struct TermTotal
{
    qint64 schoolId = 0;
    AcademicTerm term;
    double days = 0.0;
    bool estimated = false; // term dates (or days) estimated
    BoardDuty duty = BoardDuty::None;
    std::vector<qint64> suspensionIds;
};

// Totals per school and term, ordered by school then term. Pass one pupil's suspensions.
std::vector<TermTotal> suspensionTotalsBySchoolAndTerm(const std::vector<SuspensionFacts>& suspensions,
                                                       const CalendarSet& calendars);

// The board duty a suspension triggers: decided by the pupil's total at that school in the term,
// counting that suspension and the ones that started before it (a later suspension does not change
// an earlier one's duty). The meeting deadline runs from the day the board was notified of this
// suspension; when that is not recorded Casebook counts from the suspension's first day and says so.
struct SuspensionBoardDuty
{
    qint64 suspensionId = 0;
    qint64 schoolId = 0;
    AcademicTerm term;     // the term whose total set the duty
    double termDays = 0.0; // that term's total including this suspension
    BoardDuty duty = BoardDuty::None;
    QDate noticeDate; // board notified (or the first day, when noticeDateAssumed)
    bool noticeDateAssumed = false;
    EstimatedDate meetingDue; // for MustMeetIfParentRequests (50 days) and MustMeetWithin15SchoolDays
    bool parentRequested = false;
    bool meetingHeld = false;
    bool cancelled = false; // a cancelled suspension needs no reinstatement meeting

    // The board must meet: more than 15 days, or more than 5 and the parent asked. Not when cancelled.
    bool meetingRequired() const;
};

// One entry per suspension that counts any days, ordered as they started.
std::vector<SuspensionBoardDuty> boardDutiesForSuspensions(const std::vector<SuspensionFacts>& suspensions,
                                                           const CalendarSet& calendars);

// A permanent exclusion: the board must consider reinstatement within 15 school days of notice
// (counted from the decision date when the notice date is not recorded).
struct ExclusionBoardDuty
{
    qint64 exclusionId = 0;
    QDate noticeDate;
    bool noticeDateAssumed = false;
    EstimatedDate meetingDue;
    bool meetingHeld = false;
    bool withdrawn = false;
};

ExclusionBoardDuty boardDutyForExclusion(const ExclusionFacts& exclusion, const CalendarSet& calendars);

} // namespace casebook
