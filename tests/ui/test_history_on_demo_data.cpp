#include "DemoFixture.h"

#include "chronology/ChronologyRepository.h"
#include "history/HistoryView.h"
#include "history/TimelineWidget.h"
#include "mainwindow/MainWindow.h"
#include "pupilrecord/PupilRecordView.h"

#include <QDir>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The demo pupil with the most dated records: the history tab must tell a long story legibly.
TEST(HistoryOnDemoData, TheLongestHistoryFitsOnOneScreen)
{
    demo::test::FilledDatabase filled;
    QString error;
    ASSERT_TRUE(filled.fill(demo::test::smallConfig(), &error)) << error.toStdString();
    QSqlQuery q(filled.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT pupil_id FROM (SELECT pupil_id FROM suspensions UNION ALL SELECT pupil_id FROM enrolments "
        "UNION ALL SELECT pupil_id FROM permanent_exclusions UNION ALL SELECT pupil_id FROM psps "
        "UNION ALL SELECT pupil_id FROM pip_referrals UNION ALL SELECT pupil_id FROM support_interventions "
        "UNION ALL SELECT pupil_id FROM placements UNION ALL SELECT pupil_id FROM ap_placements "
        "UNION ALL SELECT pupil_id FROM ehe_cme_registrations) GROUP BY pupil_id ORDER BY count(*) DESC, pupil_id "
        "LIMIT 1")));
    ASSERT_TRUE(q.next());
    const qint64 pupil = q.value(0).toLongLong();

    MainWindow window(*filled.db);
    window.resize(1366, 768);
    window.show();
    window.openPupil(pupil);
    auto* record = window.findChild<PupilRecordView*>();
    ASSERT_NE(record, nullptr);
    record->reload(demo::test::demoToday());
    auto* history = record->findChild<HistoryView*>(QStringLiteral("pupilHistory"));
    ASSERT_NE(history, nullptr);
    record->findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentWidget(history);

    auto events = ChronologyRepository(*filled.db).eventsForPupil(pupil);
    ASSERT_TRUE(events);
    EXPECT_EQ(history->chronologyTable()->model()->rowCount(), events->size());
    TimelineWidget* timeline = history->timelineWidget();
    EXPECT_TRUE(timeline->isVisible());
    EXPECT_GE(timeline->height(), 170);
    EXPECT_FALSE(timeline->timeline().isEmpty());
    // Every year is labelled in full, and every lane keeps a readable height at this window size.
    EXPECT_EQ(timeline->layout().yearLabels.size(), timeline->timeline().years.size());
    EXPECT_GE(timeline->layout().lane(TimelineLane::Exclusions).height(), 28.0);
    EXPECT_GE(timeline->layout().lane(TimelineLane::Psps).height(), 9.0);
    // The figures and the support summary are on the same screen, not squeezed away.
    EXPECT_GE(record->findChild<QTableView*>(QStringLiteral("yearlyFigures"))->height(), 100);
    EXPECT_GE(record->findChild<QWidget*>(QStringLiteral("supportTried"))->height(), 60); // "No permanent exclusion"

    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window.grab().save(QDir(dir).filePath(QStringLiteral("pupil-history.png")));
        timeline->grab().save(QDir(dir).filePath(QStringLiteral("pupil-timeline.png")));
    }
}

} // namespace
} // namespace casebook::test
