#include "EventProbes.h"
#include "Measurements.h"

#include "pupils/PupilSearchModel.h"
#include "pupils/PupilSearchView.h"
#include "repositories/PupilRepository.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>

namespace casebook::uibench {

namespace {

// The ids the view should show for `text`: the repository's answer, cut to the view's limit.
QVector<qint64> expectedIds(Database& db, const QString& text)
{
    QVector<qint64> ids;
    auto found = PupilRepository(db).search(text, PupilSearchView::kResultLimit + 1);
    if (!found) {
        return {-1};
    }
    for (const PupilSummary& p : found.value()) {
        if (ids.size() < PupilSearchView::kResultLimit) {
            ids << p.id;
        }
    }
    return ids;
}

QVector<qint64> shownIds(const QTableView* table)
{
    const auto* model = static_cast<const PupilSearchModel*>(table->model());
    QVector<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids << model->rowAt(row).id;
    }
    return ids;
}

} // namespace

std::vector<Row> measureTyping(Database& db, const QString& word, const QString& what, int runs)
{
    PupilSearchView view(db);
    view.resize(1000, 700);
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("pupilSearchEdit"));
    auto* table = view.findChild<QTableView*>(QStringLiteral("pupilResults"));
    PaintWatcher painted(table->viewport());
    view.show();
    painted.waitForPaint();

    const int keys = static_cast<int>(word.size());
    std::vector<QVector<qint64>> expected;
    for (int k = 1; k <= keys; ++k) {
        expected.push_back(expectedIds(db, word.left(k)));
    }
    std::vector<std::vector<double>> modelMs(keys);
    std::vector<std::vector<double>> paintMs(keys);
    for (int run = 0; run < runs; ++run) {
        edit->clear();
        view.searchNow();
        processEventsUntil([] { return false; }, 5, true); // settle: the emptied table is painted
        for (int k = 0; k < keys; ++k) {
            painted.reset();
            QElapsedTimer timer;
            timer.start();
            edit->setText(word.left(k + 1));
            view.searchNow();
            const double model = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            const bool shown = painted.waitForPaint();
            const double paint = shown ? static_cast<double>(timer.nsecsElapsed()) / 1e6 : -1.0;
            // A keystroke counts only when the view holds exactly the repository's rows.
            const bool right = shownIds(table) == expected.at(k) && expected.at(k) != QVector<qint64>{-1};
            modelMs.at(k).push_back(right ? model : -1.0);
            paintMs.at(k).push_back(paint);
        }
    }

    std::vector<Row> rows;
    for (int k = 0; k < keys; ++k) {
        const int found = static_cast<int>(expected.at(k).size());
        Row r{QStringLiteral("typing %1 '%2' (key %3 of %4)").arg(what, word.left(k + 1)).arg(k + 1).arg(keys),
              QStringLiteral("< 50 ms"), 50};
        r.casebookMs = median(modelMs.at(k));
        r.paintedMs = median(paintMs.at(k));
        r.note = found >= PupilSearchView::kResultLimit ? QStringLiteral("(first %1 shown)").arg(found)
                 : found == 1                           ? QStringLiteral("(1 pupil)")
                                                        : QStringLiteral("(%1 pupils)").arg(found);
        rows.push_back(r);
    }
    return rows;
}

} // namespace casebook::uibench
