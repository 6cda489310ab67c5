#pragma once

#include "domain/Pupil.h"
#include "services/FieldIssue.h"

#include <QDate>

#include <vector>

namespace casebook {

// Checks a pupil as entered on `today`: legal names required; a date of birth that is not in the future and
// fits a pupil (a warning outside ages 2 to 25, saying the age); a UPN of the DfE shape with the right check
// letter (a temporary UPN is accepted with a note); a social worker's name when the pupil has one and a
// virtual school contact for a looked-after pupil (warnings). `upnUsedBy` names the other pupil who already
// has this UPN (empty when none): the caller looks that up, so this check stays pure.
std::vector<FieldIssue> checkPupil(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today,
                                   const QString& upnUsedBy = {});

// Checks the current school given for a new pupil (schoolId 0: none given): the start date is required and
// cannot come before the pupil was born.
std::vector<FieldIssue> checkCurrentSchool(qint64 schoolId, QDate startDate, QDate dateOfBirth);

// A pupil's age in whole years on `onDate`.
int ageOn(QDate dateOfBirth, QDate onDate);

} // namespace casebook
