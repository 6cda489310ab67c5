#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace casebook {

// The National Curriculum year a child of this date of birth is in on `onDate`, in England, where
// the cohort is set by the academic year of birth: born 1 Sep 2012 to 31 Aug 2013 is Year 7 in
// 2024/25. Reception is 0; nursery years are negative (-1, -2); beyond Year 13 the number keeps
// counting. Returns nullopt when either date is invalid.
//
// This is the age-appropriate year; a pupil taught out of cohort has a different actual year,
// which the school records.
std::optional<int> nationalCurriculumYear(QDate dateOfBirth, QDate onDate);

// "Reception", "Year 7", "Nursery" (for any negative year).
QString nationalCurriculumYearName(int ncYear);

} // namespace casebook
