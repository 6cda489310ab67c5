#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace casebook {

class Database;

// Loads an LA's published term dates and closure days from CSV (format: docs/calendar-csv.md).
// Every row is checked first; any problem is reported with its line and column and nothing is saved.
// Otherwise the academic years in the file are replaced in one transaction, so re-importing is safe.
class CalendarImport
{
public:
    struct Summary
    {
        QStringList academicYears;
        int terms = 0;
        int nonSchoolPeriods = 0; // LA-wide
        int schoolClosures = 0;
        int examDates = 0;
    };

    explicit CalendarImport(Database& db) : m_db(db) {}

    // `sourceName` names the file in messages.
    Result<Summary> importCsv(const QByteArray& bytes, const QString& sourceName);
    Result<Summary> importFile(const QString& path);

private:
    Database& m_db;
};

} // namespace casebook
