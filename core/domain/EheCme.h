#pragma once

#include "domain/Choices.h"

#include <QDate>
#include <QString>

namespace casebook {

// A registration of elective home education (EHE) or a child missing education (CME) (DOMAIN.md).
struct EheCmeRegistration
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString kind; // ehe, cme
    QDate registeredOn;
    qint64 schoolId = 0; // the school the pupil left; 0: none recorded
    QString reasonGiven;
    QDate endedOn; // null: still registered
    QString outcome;
    int rowVersion = 0; // as loaded; 0 for a new record
};

// EHE and CME, with plain English labels.
const ChoiceList& eheCmeKinds();

// A day a pupil was suspended (first day) or permanently excluded (decision date): EHE soon after one is
// an off-rolling warning sign.
struct ExclusionDate
{
    QDate date;
    bool permanent = false;
};

} // namespace casebook
