#include "CaseFactsFixture.h"

namespace casebook::test {

NotificationDates allNotified(QDate date)
{
    return {date, date, date, date, date};
}

SuspensionFacts makeSuspension(qint64 id, QDate firstDay, int sessions, qint64 schoolId)
{
    SuspensionFacts suspension;
    suspension.id = id;
    suspension.schoolId = schoolId;
    suspension.decisionDate = firstDay;
    suspension.firstDay = firstDay;
    suspension.sessions = sessions;
    suspension.notified = allNotified(firstDay);
    return suspension;
}

SuspensionFacts makeLunchtimeSuspension(qint64 id, QDate firstDay, int lunchtimes, qint64 schoolId)
{
    SuspensionFacts suspension = makeSuspension(id, firstDay, lunchtimes, schoolId);
    suspension.lunchtime = true;
    return suspension;
}

ExclusionFacts makeExclusion(qint64 id, QDate decisionDate, QDate effectiveDate, qint64 schoolId)
{
    ExclusionFacts exclusion;
    exclusion.id = id;
    exclusion.schoolId = schoolId;
    exclusion.decisionDate = decisionDate;
    exclusion.effectiveDate = effectiveDate;
    exclusion.notified = allNotified(decisionDate);
    return exclusion;
}

} // namespace casebook::test
