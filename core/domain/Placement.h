#pragma once

#include "domain/Choices.h"

#include <QDate>
#include <QString>

namespace casebook {

// A managed move (a permanent transfer to another school by agreement) or an off-site direction (a
// time-limited placement elsewhere to improve behaviour, reviewed) (DOMAIN.md).
struct Placement
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString kind; // managed_move, off_site_direction
    qint64 fromSchoolId = 0;
    qint64 toSchoolId = 0;
    QDate startDate;
    QDate reviewOn;  // null: not recorded
    QDate endDate;   // null: not ended or not recorded
    QString outcome; // empty (not recorded), successful, returned, ongoing, broke_down
    QString notes;
    int rowVersion = 0; // as loaded; 0 for a new record
};

// The two kinds of placement, with plain English labels.
const ChoiceList& placementKinds();
// The outcomes the schema allows, with plain English labels (not "(not recorded)").
const ChoiceList& placementOutcomes();

} // namespace casebook
