#pragma once

#include "domain/CaseNote.h"
#include "domain/PipReferral.h"
#include "domain/Psp.h"

#include <QDate>
#include <QString>

namespace casebook {
class Database;
}

namespace casebook::test {

// An active plan starting on `start`, planned to run 16 weeks, with no reviews; change what the test cares about.
Psp makePsp(qint64 pupilId, qint64 schoolId, QDate start);

// A referral received on `received` with a reason, status "received"; change what the test cares about.
PipReferral makeReferral(qint64 pupilId, qint64 schoolId, QDate received);

// A general case note dated `notedOn`.
CaseNote makeCaseNote(qint64 pupilId, QDate notedOn, const QString& body);

// Adds a panel meeting on `date` with `status` (planned, held, cancelled); its id, or 0 when that fails.
qint64 addPanelMeeting(Database& db, QDate date, const QString& location,
                       const QString& status = QStringLiteral("planned"));

} // namespace casebook::test
