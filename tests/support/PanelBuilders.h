#pragma once

#include "panel/PanelMeeting.h"

#include <QDate>
#include <QString>

namespace casebook {
class Database;
}

namespace casebook::test {

// A pupil (born in `birthYear`, UPN serial `serial`) on the roll of `schoolId` with one referral from it received
// on `received`, all through the repositories.
struct ReferredPupil
{
    qint64 pupilId = 0;
    qint64 referralId = 0;
};
ReferredPupil addReferredPupil(Database& db, qint64 schoolId, const QString& forename, const QString& surname,
                               int serial, QDate received, int birthYear = 2011);

// A planned meeting on `date` with a location and two attendees; change what the test cares about.
PanelMeeting makeMeeting(QDate date);

// An action agreed by the panel.
PipAction makeAction(const QString& description, const QString& owner, QDate due);

} // namespace casebook::test
