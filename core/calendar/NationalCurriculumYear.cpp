#include "calendar/NationalCurriculumYear.h"

#include "calendar/AcademicYear.h"
#include "rules/GuidanceNumbers.h"

namespace casebook {

std::optional<int> nationalCurriculumYear(QDate dateOfBirth, QDate onDate)
{
    if (!dateOfBirth.isValid() || !onDate.isValid()) {
        return std::nullopt;
    }
    const int yearsSinceBirthYear =
        AcademicYear::containing(onDate).startYear() - AcademicYear::containing(dateOfBirth).startYear();
    return yearsSinceBirthYear - guidance::kReceptionStartsYearsAfterBirthYear;
}

QString nationalCurriculumYearName(int ncYear)
{
    if (ncYear < 0) {
        return QStringLiteral("Nursery");
    }
    if (ncYear == 0) {
        return QStringLiteral("Reception");
    }
    return QStringLiteral("Year %1").arg(ncYear);
}

} // namespace casebook
