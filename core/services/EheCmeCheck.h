#pragma once

#include "domain/EheCme.h"
#include "services/FieldIssue.h"

#include <QDate>

#include <vector>

namespace casebook {

// Elective home education registered this many weeks or fewer after a suspension or permanent exclusion is
// flagged as possible off-rolling (DOMAIN.md: EHE shortly after a suspension is a warning sign). The default
// for a setting, not a statutory number.
constexpr int kDefaultOffRollingWindowWeeks = 12;

// Checks an EHE or CME registration as entered. Errors: no kind, no registration date, registered after
// `today`, ended before it was registered. Warning (field offRolling): an EHE registration within
// `offRollingWindowWeeks` weeks after one of `exclusions` (the pupil's suspension first days and permanent
// exclusion decision dates), naming the latest such date.
// Fields: kind, registeredOn, endedOn, offRolling.
std::vector<FieldIssue> checkEheCme(const EheCmeRegistration& registration, QDate today,
                                    const std::vector<ExclusionDate>& exclusions,
                                    int offRollingWindowWeeks = kDefaultOffRollingWindowWeeks);

} // namespace casebook
