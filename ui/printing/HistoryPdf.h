#pragma once

#include "HistoryPdfData.h"
#include "PdfDocument.h"

namespace casebook::printing {

struct HistoryPdfOptions
{
    // Draws the timeline picture instead of paintTimeline() over the data's timeline. The "Timeline" section is
    // left out when neither is there.
    PictureDrawer timeline;
    qreal timelineHeightMm = 70;
    QDate generatedOn; // footer; today when null
};

// The pupil history as a document, marked OFFICIAL-SENSITIVE: identity and flags, the timeline picture, key
// figures per academic year, support tried before each permanent exclusion with its gaps, and the full
// chronology, oldest first. Pure drawing of `data`: no database.
PdfDocument historyDocument(const HistoryPdfData& data, const HistoryPdfOptions& options = {});

// Writes historyDocument(data) to `path` (replaced only when the whole PDF was written).
Status writeHistoryPdf(const HistoryPdfData& data, const QString& path, const HistoryPdfOptions& options = {});

// Loads the pupil's history as on `asOf` (loadHistoryPdfData) and writes it to `path`. Nothing is written when
// the pupil cannot be read.
Status writeHistoryPdf(Database& db, qint64 pupilId, const QString& path, QDate asOf,
                       const HistoryPdfOptions& options = {});

} // namespace casebook::printing
