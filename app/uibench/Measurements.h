#pragma once

#include "BenchTable.h"

#include <QString>

#include <vector>

namespace casebook {
class Database;
}

namespace casebook::uibench {

// Types `word` into a real PupilSearchView one key at a time, `runs` times; a row per keystroke. Each keystroke
// is timed from setting the text to the model holding the new rows (the search the view runs once typing
// pauses, called directly), then on to the results' first paint. The rows are checked against the repository.
std::vector<Row> measureTyping(Database& db, const QString& word, const QString& what, int runs);

// Opens a PupilRecordView (constructor and its first reload), then on to its first paint.
Row measureRecordOpening(Database& db, qint64 pupilId, const QString& who, int runs);

// Refreshes a shown DueDashboardView: wall time to refreshed() and to the first paint of the rows, and the
// longest the UI thread was blocked meanwhile.
std::vector<Row> measureDashboard(Database& db, int runs);

// The two dashboards of the Trends tab at 1366x768, each timed from the constructor to its figures shown and
// on to the first paint: the LA dashboard for the year with an empty cache and again with the LA figures
// cached, then the school dashboard after it (cache warm) and with an empty cache.
std::vector<Row> measureTrendDashboards(Database& db, const QString& academicYear, qint64 schoolId,
                                        const QString& school, int runs);

} // namespace casebook::uibench
