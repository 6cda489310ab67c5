#pragma once

// Every statutory number Casebook computes with, in one place.
//
// Source: DfE, "Suspension and permanent exclusion from maintained schools, academies and pupil
// referral units in England, including pupil movement" (September 2022; updated September 2023 and
// August 2024), referred to below as "the guidance", and the School Discipline (Pupil Exclusions and
// Reviews) (England) Regulations 2012 ("the 2012 regulations") that it explains.
// The guidance is the authority: when it changes, change the number here and the table tests that
// cite it.

namespace casebook::guidance {

// --- Units -------------------------------------------------------------------------------------

// A session is half a school day (morning or afternoon); suspensions are recorded in sessions.
// A lunchtime suspension counts as half a school day (one session) for every total below.
constexpr int kSessionsPerDay = 2;

// --- Suspensions ------------------------------------------------------------------------------

// A pupil may be suspended for at most 45 school days in an academic year, counting all schools.
// Casebook flags a breach; it never refuses to record one.
constexpr int kMaxSuspensionDaysPerYear = 45;

// Governing board duties by a pupil's total suspension days at one school in one term:
// up to and including 5 days the board must consider parents' representations but cannot reinstate.
constexpr int kBoardRepresentationsOnlyMaxDays = 5;
// more than 5 and up to 15 days: the board must meet to consider reinstatement if the parent asks ...
constexpr int kBoardMustMeetIfRequestedMaxDays = 15;
// ... within 50 school days of receiving notice of the suspension.
constexpr int kBoardMeetingIfRequestedWithinSchoolDays = 50;
// more than 15 days in a term, or any permanent exclusion: the board must consider reinstatement
// within 15 school days of receiving notice.
constexpr int kBoardMeetingWithinSchoolDays = 15;

// --- Sixth-day provision ----------------------------------------------------------------------

// For a suspension (consecutive suspensions added together) of more than five consecutive school
// days, the school must arrange full-time education from the sixth school day; for a permanent
// exclusion the local authority must, from the sixth school day.
constexpr int kMaxConsecutiveDaysWithoutProvision = 5;
constexpr int kSixthDayProvisionFromDay = kMaxConsecutiveDaysWithoutProvision + 1;
// The duty is owed to pupils of compulsory school age; none for a Year 11 pupil whose final exams
// are over. Casebook also treats National Curriculum Year 12 and above as beyond compulsory age.
constexpr int kFinalCompulsoryNcYear = 11;

// --- Independent review panel (IRP) -----------------------------------------------------------

// Notice of the board's decision sent by post or e-mail is deemed given on the second working day
// after it was sent (working day: not a weekend or bank holiday).
constexpr int kNoticeDeemedGivenAfterWorkingDays = 2;
// A parent may apply for an IRP within 15 school days of notice of a decision to uphold.
constexpr int kIrpApplicationWithinSchoolDays = 15;
// The panel must meet by the 15th school day after the day the application was made.
constexpr int kIrpMeetingBySchoolDay = 15;
// If the panel recommends or directs reconsideration, the board must reconsider within 10 school
// days of being notified of the panel's decision.
constexpr int kReconsiderationWithinSchoolDays = 10;

// --- Notifications ----------------------------------------------------------------------------

// Since 1 September 2022 the headteacher must, without delay, notify the parent, the governing
// board and the LA of every suspension and permanent exclusion (any length, even if cancelled),
// and the social worker / virtual school head where the pupil has one / is looked after.
// Before that date Casebook only expects the parent (all records) and, for a permanent
// exclusion, the board and the LA: older records are not chased for duties that did not exist.
constexpr int kNotificationRulesFromYear = 2022;
constexpr int kNotificationRulesFromMonth = 9;
constexpr int kNotificationRulesFromDay = 1;

// --- Reasons ----------------------------------------------------------------------------------

// Up to three DfE reason codes per suspension or exclusion (school census since autumn 2020).
constexpr int kMaxReasonsPerExclusion = 3;
// The post-2020 reason code list took effect on 1 September 2020.
constexpr int kReasonCodes2020FromYear = 2020;

// --- Retention (LA policy settings, not statutory constants) ----------------------------------

// Pupil-level exclusion records are typically kept until the pupil's 25th birthday: the default
// for the setting, not a rule.
constexpr int kDefaultRetentionYears = 25;
// IRP files are typically kept about 5 years after resolution: the default for the setting.
constexpr int kDefaultIrpRetentionYears = 5;

// --- Calendar facts (England) -----------------------------------------------------------------

// The academic year runs 1 September to 31 August.
constexpr int kAcademicYearStartMonth = 9;
constexpr int kAcademicYearStartDay = 1;
// A child starts Reception (NC year 0) in the September of the academic year that begins five
// years after the start of the academic year in which they were born (born 1 Sep 2012 to
// 31 Aug 2013: Reception in 2017/18, Year 7 in 2024/25).
constexpr int kReceptionStartsYearsAfterBirthYear = 5;

// --- Casebook alert defaults (not statutory) ---------------------------------------------------

// "Approaching the 45-day limit" is raised when this many days or fewer remain.
constexpr int kLimitApproachingWithinDays = 10;
// "Repeated suspensions with no plan" is raised at this many suspensions in one term (any school) ...
constexpr int kRepeatSuspensionsPerTerm = 3;
// ... or this many suspension days in one academic year, when no pastoral support plan was in place and no
// Pupil Inclusion Panel referral was received in that academic year.
constexpr int kRepeatSuspensionDaysPerYear = 10;
// "Possible off-rolling" is raised for elective home education registered within this many weeks after a
// suspension or permanent exclusion began.
constexpr int kEheAfterSuspensionWeeks = 12;

} // namespace casebook::guidance
