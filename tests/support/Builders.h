#pragma once

#include "domain/Pupil.h"
#include "domain/School.h"

#include <QDate>
#include <QString>

namespace casebook::test {

// A valid UPN for LA code `la`, establishment `estab`, year `yy` and serial (check letter computed).
QString makeUpn(int la, int estab, int yy, int serial);

// A school with sensible defaults; change what the test cares about.
School makeSchool(const QString& urn, const QString& name, const QString& phase = QStringLiteral("secondary"));

// A pupil with sensible defaults; change what the test cares about.
Pupil makePupil(const QString& forename, const QString& surname, const QDate& dob, const QString& upn = {});

} // namespace casebook::test
