#pragma once

#include "domain/Choices.h"

#include <QDate>
#include <QString>

namespace casebook {

// Support or an intervention tried for a pupil (DOMAIN.md: Support / intervention). The panel reads these
// to see whether all avenues were tried before a permanent exclusion.
struct Support
{
    qint64 id = 0;
    qint64 pupilId = 0;
    qint64 schoolId = 0; // 0: not tied to a school
    QString kind;        // a supportKinds() id, e.g. educational_psychologist
    QDate startDate;
    QDate endDate; // null: ongoing or not recorded
    QString provider;
    QString notes;
    int rowVersion = 0; // as loaded; 0 for a new record
};

// The kinds of support the schema allows, with plain English labels.
const ChoiceList& supportKinds();

} // namespace casebook
