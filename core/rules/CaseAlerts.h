#pragma once

#include "calendar/CalendarSet.h"
#include "rules/AlertThresholds.h"
#include "rules/CaseFacts.h"
#include "rules/Deadline.h"

#include <QDate>
#include <vector>

namespace casebook {

// Everything the rules need about one pupil's case.
struct CaseRecords
{
    PupilFacts facts;
    std::vector<SuspensionFacts> suspensions;
    std::vector<ExclusionFacts> exclusions;
    std::vector<PspFacts> psps;
    std::vector<ReferralFacts> referrals;
    std::vector<RegistrationFacts> registrations;
};

// PSP reviews not yet held (plans still active) and Pupil Inclusion Panel actions not yet done (referrals not
// withdrawn), due on their own dates and overdue the day after.
std::vector<Deadline> planDeadlines(const std::vector<PspFacts>& psps, const std::vector<ReferralFacts>& referrals,
                                    QDate onDate);

// "Repeated suspensions with no plan": in the academic year containing onDate, the pupil reached the
// threshold of suspensions in the current term or of suspension days in the year (all schools), yet no
// pastoral support plan ran at any time this year and no PIP referral was received this year. Dated by the
// latest suspension's first day.
std::vector<Deadline> repeatSuspensionAlerts(const CaseRecords& records, const CalendarSet& calendars, QDate onDate,
                                             const AlertThresholds& thresholds);

// "Possible off-rolling": elective home education registered (in this or the previous academic year, up to
// onDate) within the threshold weeks after a suspension's first day or a permanent exclusion's decision.
// Dated by the registration.
std::vector<Deadline> offRollingAlerts(const CaseRecords& records, QDate onDate, const AlertThresholds& thresholds);

// Every open statutory deadline (openDeadlinesForPupil) and every Casebook alert for one pupil, by due date.
std::vector<Deadline> openDeadlinesForCase(const CaseRecords& records, const CalendarSet& calendars, QDate onDate,
                                           const AlertThresholds& thresholds);

} // namespace casebook
