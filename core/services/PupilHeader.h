#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace casebook {

class Database;

// What the top of a pupil's record says besides the statutory figures: flags, school, plans.
struct PupilHeader
{
    QString sen; // "" none recorded, "K" SEN support, "E" EHC plan, "N" no SEN
    bool freeSchoolMeals = false;
    bool lookedAfter = false;
    QString currentSchool; // empty when not on any school's roll
    QDate openPspSince;    // null when no pastoral support plan is running
    QString pipStatus;     // latest referral: "received", "on_agenda", "decided", ... or empty
    QString pipDecision;   // the decision when decided
    QDate pipReceived;
};

// Reads the header in three small queries on the pupil's indexes, as on `onDate`.
Result<PupilHeader> loadPupilHeader(Database& db, qint64 pupilId, QDate onDate);

} // namespace casebook
