#pragma once

#include "domain/Choices.h"

#include <QDate>
#include <QString>

#include <optional>

namespace casebook {

// A placement in alternative provision (DOMAIN.md: Alternative provision placement).
struct ApPlacement
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString providerName;
    qint64 providerSchoolId = 0;      // 0: the provider is not in the schools list
    qint64 commissioningSchoolId = 0; // 0: none recorded
    QString commissionedBy;           // empty (not recorded), school, la
    QDate startDate;
    QDate endDate;                     // null: not ended or not recorded
    std::optional<double> daysPerWeek; // 0.5 to 5 in halves; none: not recorded
    bool dualRegistered = false;
    std::optional<qint64> costPence; // none: not recorded
    QString outcome;
    int rowVersion = 0; // as loaded; 0 for a new record
};

// Who commissioned the placement, with plain English labels (not "(not recorded)").
const ChoiceList& apCommissioners();

} // namespace casebook
