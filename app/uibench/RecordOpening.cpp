#include "EventProbes.h"
#include "Measurements.h"

#include "pupilrecord/PupilRecordView.h"

#include <QElapsedTimer>
#include <QTableView>

#include <memory>

namespace casebook::uibench {

Row measureRecordOpening(Database& db, qint64 pupilId, const QString& who, int runs)
{
    std::vector<double> openMs;
    std::vector<double> paintMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<PupilRecordView>(db, pupilId); // the constructor runs the first reload
        const double opened = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        // The short name is set only when the pupil, status, header and chronology all loaded.
        openMs.push_back(view->shortName().isEmpty() ? -1.0 : opened);
        view->resize(1100, 750);
        PaintWatcher painted(view->findChild<QTableView*>(QStringLiteral("pupilDeadlines"))->viewport());
        view->show();
        paintMs.push_back(painted.waitForPaint() ? static_cast<double>(timer.nsecsElapsed()) / 1e6 : -1.0);
    }
    Row r{QStringLiteral("open the pupil record of %1").arg(who), QStringLiteral("< 150 ms"), 150};
    r.casebookMs = median(openMs);
    r.paintedMs = median(paintMs);
    return r;
}

} // namespace casebook::uibench
