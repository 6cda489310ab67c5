#include "PanelBuilders.h"

#include "Builders.h"
#include "PlanningBuilders.h"

#include "repositories/EnrolmentRepository.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/PupilRepository.h"

namespace casebook::test {

ReferredPupil addReferredPupil(Database& db, qint64 schoolId, const QString& forename, const QString& surname,
                               int serial, QDate received, int birthYear)
{
    ReferredPupil made;
    auto pupil = PupilRepository(db).insert(
        makePupil(forename, surname, QDate(birthYear, 3, 14), makeUpn(938, 4001, 11, serial)));
    if (!pupil) {
        return made;
    }
    made.pupilId = pupil.value();
    Enrolment e;
    e.pupilId = made.pupilId;
    e.schoolId = schoolId;
    e.startDate = QDate(2022, 9, 5);
    if (!EnrolmentRepository(db).insert(e)) {
        return made;
    }
    PipReferral r = makeReferral(made.pupilId, schoolId, received);
    r.reason = QStringLiteral("Repeated suspensions for %1").arg(forename);
    r.evidence = QStringLiteral("Three suspensions this term; PSP since September");
    auto referral = PipReferralRepository(db).insert(r);
    made.referralId = referral ? referral.value() : 0;
    return made;
}

PanelMeeting makeMeeting(QDate date)
{
    PanelMeeting m;
    m.meetingDate = date;
    m.location = QStringLiteral("Civic Centre, Room 2");
    m.attendees = QStringLiteral("Chair: A. Khan\nEducational psychologist: B. Lee");
    return m;
}

PipAction makeAction(const QString& description, const QString& owner, QDate due)
{
    PipAction a;
    a.description = description;
    a.owner = owner;
    a.dueOn = due;
    return a;
}

} // namespace casebook::test
