#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace casebook {
class Database;
}

namespace casebook::test {

// A pupil with a rich history written through the repositories, for the history PDF (its text is checked line by
// line, so it has its own fixture beside HistoryBuilders.h, which the on-screen history uses) and `casebook-cli
// history`: Jo BLOGGS (UPN makeUpn(938, 4001, 11, 1), born 01/05/2011; SEN support, free school meals, looked after),
// at Northfield Academy from 03/09/2024 until a move on 10/01/2025, then at Southgate School from 13/01/2025;
// suspensions on 07/10/2024 (1 day, DB and VA, Northfield), 03/02/2025 (a lunchtime, DB) and 15/09/2025 (2 days,
// PA); a PSP from 10/02/2025; a PIP referral received 10/03/2025 and decided (outreach support) on 24/03/2025
// with two actions; a case note on 02/06/2025; a permanent exclusion decided 03/11/2025 (PA); an EHC needs
// assessment only from 20/11/2025. The 2024/25 term dates are loaded.
struct PrintedHistory
{
    qint64 pupilId = 0;
    qint64 northfield = 0;
    qint64 southgate = 0;
    qint64 referralId = 0;
    QString upn;
    // Every chronology event, oldest first, as "dd/mm/yyyy <what>" (the label the PDF prints).
    QStringList events;
};

// Builds the history in `db`; a failure is reported with ADD_FAILURE and leaves the ids it could not set at 0.
PrintedHistory buildPrintedHistory(Database& db);

} // namespace casebook::test
