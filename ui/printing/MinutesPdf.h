#pragma once

#include "PdfDocument.h"
#include "panel/PanelMinutes.h"

namespace casebook::printing {

struct MinutesPdfOptions
{
    QDate generatedOn; // footer; today when null
};

// The minutes of a Pupil Inclusion Panel meeting, marked OFFICIAL-SENSITIVE: date, location, attendees and the
// general minutes, then each referral in agenda order with the pupil, school, reason, the decision and its notes,
// the minutes and the actions agreed (owner, due date). Pure drawing of `minutes`: no database.
PdfDocument minutesDocument(const PanelMinutes& minutes, const MinutesPdfOptions& options = {});

// Writes minutesDocument(minutes) to `path` (replaced only when the whole PDF was written).
Status writeMinutesPdf(const PanelMinutes& minutes, const QString& path, const MinutesPdfOptions& options = {});

} // namespace casebook::printing
