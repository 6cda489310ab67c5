#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// The spring (January) school census day of an academic year ("2024/25"): the third Thursday of January
// (16/01/2025). Headcounts are the census's; analytics take pupils' characteristics and the pupils on roll
// on this day, so that per-group denominators describe the same census. Invalid for an invalid label.
QDate januaryCensusDay(const QString& academicYear);

} // namespace casebook
