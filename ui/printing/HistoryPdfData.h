#pragma once

#include "chronology/ChronologyRepository.h"
#include "common/Result.h"
#include "history/SupportTried.h"
#include "history/Timeline.h"
#include "history/YearlyFigures.h"
#include "services/PupilHeader.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace casebook {
class Database;
}

namespace casebook::printing {

// Everything the pupil history PDF prints, gathered from core before anything is drawn (so the drawing can be
// tested without a database, and the database is read in a fixed number of queries).
struct HistoryPdfData
{
    qint64 pupilId = 0;
    QString name; // Pupil::displayName(): "BLOGGS, Jo (Joey)"
    QString upn;
    QDate dateOfBirth;
    PupilHeader header;                               // flags and current school, as on `asOf`
    std::vector<YearFigures> years;                   // oldest first
    std::vector<SupportBeforeExclusion> supportTried; // one per permanent exclusion, by decision date
    QVector<ChronologyEvent> events;                  // oldest first, none after `asOf`
    QHash<qint64, QString> schoolNames;               // every school id in `years` and `supportTried`
    std::optional<TimelineData> timeline;             // the picture's data; none for hand-made data
    QDate asOf;
};

// Reads one pupil's history as it stood on `asOf`: identity and header (PupilRepository, PupilHeader), figures
// per year and support tried (HistoryRepository, with the calendars of the pupil's schools), the chronology
// (ChronologyRepository, events after `asOf` left out), the timeline (TimelineRepository) and the names of the
// schools involved.
Result<HistoryPdfData> loadHistoryPdfData(Database& db, qint64 pupilId, QDate asOf);

} // namespace casebook::printing
