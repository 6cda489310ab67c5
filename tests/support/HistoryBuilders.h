#pragma once

#include <QDate>
#include <QtGlobal>

namespace casebook {
class Database;
}

namespace casebook::test {

// One pupil with a long, rich history, written through the repositories (as the forms write it):
//   Westbrook Primary 05/09/2018 - 22/07/2022; Northfield 05/09/2022 - 12/01/2024 (managed move);
//   Southgate 15/01/2024 - 21/11/2025 (permanently excluded).
//   Suspensions: 06/03/2023 Northfield 2 days (DB); 06/11/2023 Northfield 1 day (VA, DB);
//   07/10/2024 Southgate 1 day (DB, VA); 03/02/2025 Southgate lunchtime (DB); 15/09/2025 Southgate 2 days (PA);
//   and one voided (13/10/2025, 5 days) that must never show.
//   Managed move Northfield -> Southgate 15/01/2024 - 12/04/2024; early help from 01/11/2024;
//   PSP at Southgate 10/02/2025 - 13/06/2025 with a review held 10/03/2025;
//   PIP referral 10/03/2025, decided 24/03/2025: outreach support;
//   AP at Horizons Learning Centre 28/04/2025 - 18/07/2025;
//   permanent exclusion from Southgate decided 03/11/2025 (PA), upheld by the board 20/11/2025;
//   case note 05/11/2025; elective home education registered 01/12/2025, still open.
struct RichHistory
{
    qint64 pupil = 0;
    qint64 westbrook = 0;
    qint64 northfield = 0;
    qint64 southgate = 0;
    qint64 lastSuspension = 0;
    qint64 voidedSuspension = 0;
    qint64 exclusion = 0;
    qint64 psp = 0;
    qint64 referral = 0;
    qint64 support = 0;
    qint64 managedMove = 0;
    qint64 apPlacement = 0;
    qint64 ehe = 0;
    qint64 caseNote = 0;
    qint64 southgateEnrolment = 0;
};

// The day the history is looked at: after every record above.
inline QDate richHistoryAsOf()
{
    return QDate(2026, 1, 12);
}

// Builds it; on failure a gtest failure is added and the ids are 0.
RichHistory buildRichHistory(Database& db);

} // namespace casebook::test
