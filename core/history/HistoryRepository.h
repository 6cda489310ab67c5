#pragma once

#include "calendar/CalendarSet.h"
#include "common/Result.h"
#include "history/SupportTried.h"
#include "history/YearlyFigures.h"

#include <QDate>

#include <vector>

namespace casebook {

class Database;

// What the panel sees of one pupil's history besides the chronology: figures per academic year and the
// support tried before each permanent exclusion.
struct PupilHistory
{
    qint64 pupilId = 0;
    std::vector<YearFigures> years;                   // oldest first
    std::vector<SupportBeforeExclusion> supportTried; // one per permanent exclusion, by decision date
    std::vector<SupportRecord> support;               // every piece of support on record (for avenuesTriedBefore)
};

// Loads one pupil's history in a fixed number of queries (the case facts, the suspension reasons, the
// enrolments and one UNION of every support record), never one per row. Voided records are left out.
class HistoryRepository
{
public:
    explicit HistoryRepository(Database& db) : m_db(db) {}

    // The history as it stood on `asOf` (records decided later are left out; open enrolments run to it).
    Result<PupilHistory> historyForPupil(qint64 pupilId, const CalendarSet& calendars, QDate asOf);

private:
    Result<std::map<qint64, QStringList>> reasonCodes(qint64 pupilId);
    Result<std::vector<EnrolmentSpan>> enrolments(qint64 pupilId);
    Result<std::vector<SupportRecord>> supportRecords(qint64 pupilId);

    Database& m_db;
};

} // namespace casebook
