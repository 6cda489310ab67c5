#pragma once

#include "rules/CaseFacts.h"

#include <QDate>

namespace casebook::test {

constexpr qint64 kSchoolA = 101;
constexpr qint64 kSchoolB = 202;

// Every party notified on `date` (so tests about other duties see no notification noise).
NotificationDates allNotified(QDate date);

// A suspension of `sessions` half-days from `firstDay` at `schoolId`, decided and notified to
// everyone on the first day (the board notice date is therefore the first day too).
SuspensionFacts makeSuspension(qint64 id, QDate firstDay, int sessions, qint64 schoolId = kSchoolA);

// A lunchtime suspension of `lunchtimes` lunchtimes.
SuspensionFacts makeLunchtimeSuspension(qint64 id, QDate firstDay, int lunchtimes, qint64 schoolId = kSchoolA);

// A permanent exclusion decided on `decisionDate`, effective `effectiveDate`, everyone notified
// on the decision date.
ExclusionFacts makeExclusion(qint64 id, QDate decisionDate, QDate effectiveDate, qint64 schoolId = kSchoolA);

} // namespace casebook::test
