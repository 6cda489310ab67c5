#pragma once

#include "domain/Pupil.h"
#include "domain/School.h"

#include <QDate>
#include <QString>

namespace casebook {
class Database;
}

namespace casebook::test {

// A valid UPN for LA code `la`, establishment `estab`, year `yy` and serial (check letter computed).
QString makeUpn(int la, int estab, int yy, int serial);

// A school with sensible defaults; change what the test cares about.
School makeSchool(const QString& urn, const QString& name, const QString& phase = QStringLiteral("secondary"));

// A pupil with sensible defaults; change what the test cares about.
Pupil makePupil(const QString& forename, const QString& surname, const QDate& dob, const QString& upn = {});

// Loads tests/data/calendar-2024-25.csv (the LA's 2024/25 term dates) into `db`; false when that fails.
bool loadFixtureTermDates(Database& db);

} // namespace casebook::test
