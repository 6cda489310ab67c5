#include "mainwindow/MainWindow.h"

#include "dashboard/DueDashboardView.h"
#include "db/Database.h"
#include "forms/PupilDialog.h"
#include "panel/MeetingsView.h"
#include "pupilrecord/PupilRecordView.h"
#include "pupils/PupilSearchView.h"
#include "repositories/SettingsRepository.h"
#include "rules/Deadline.h"
#include "schools/SchoolBrowser.h"
#include "settings/AlertSettingsDialog.h"
#include "settings/SmallNumbersDialog.h"
#include "trends/TrendsView.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace casebook {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_tabs(new QTabWidget(this)), m_pupils(new PupilSearchView(db, this)),
      m_schools(new SchoolBrowser(db, this)), m_due(new DueDashboardView(db, this)),
      m_meetings(new MeetingsView(db, this)), m_trends(new TrendsView(db, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Main views"));
    m_tabs->addTab(m_pupils, tr("&Pupils"));
    m_tabs->addTab(m_due, tr("&Due and overdue"));
    m_tabs->addTab(m_schools, tr("&Schools"));
    // No mnemonic: every letter of "Panel meetings" is taken by a view that can be on screen with it; Ctrl+M.
    m_tabs->addTab(m_meetings, tr("Panel meetings"));
    // No mnemonic either (Alt+T shows a chart as a table there); Ctrl+T.
    m_tabs->addTab(m_trends, tr("Trends"));
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i) {
        // The fixed views stay; only pupil records close.
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    }
    setCentralWidget(m_tabs);
    connect(m_pupils, &PupilSearchView::pupilActivated, this, &MainWindow::openPupil);
    connect(m_trends, &TrendsView::pupilActivated, this, &MainWindow::openPupil);
    connect(m_due, &DueDashboardView::recordActivated, this, [this](qint64 pupil, int kind, qint64 record) {
        openPupil(pupil);
        if (auto* view = qobject_cast<PupilRecordView*>(m_tabs->currentWidget())) {
            view->showRecord(caseRecordKindFor(static_cast<RecordKind>(kind)), record);
        }
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        if (qobject_cast<PupilRecordView*>(page) != nullptr) {
            m_tabs->removeTab(index);
            page->deleteLater();
        }
    });
    // The deadlines are computed when the dashboard is first shown, not at start-up.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_due && !m_dueLoaded) {
            m_dueLoaded = true;
            m_due->refresh();
        }
        if (m_tabs->currentWidget() == m_meetings) {
            m_meetings->refresh(); // referrals arrive and change from pupils' records
        }
        if (m_tabs->currentWidget() == m_trends) {
            m_trends->activate(); // the figures are loaded when the tab is first shown
        }
    });
    createMenus();

    auto* where = new QLabel(QDir::toNativeSeparators(db.path()), this);
    where->setObjectName(QStringLiteral("databasePathLabel"));
    where->setAccessibleName(tr("Database file"));
    statusBar()->addPermanentWidget(where);
    if (db.onNetworkShare()) {
        statusBar()->showMessage(tr("Warning: this database is on a network share. Only one officer should "
                                    "use it at a time."));
    }
    updateTitle();
    resize(1100, 700);
    m_pupils->setFocus();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPupil = file->addAction(tr("&New pupil…"), this, &MainWindow::newPupil);
    newPupil->setObjectName(QStringLiteral("newPupilAction"));
    newPupil->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* findPupil = go->addAction(tr("&Find a pupil"), this, [this] {
        m_tabs->setCurrentWidget(m_pupils);
        m_pupils->setFocus();
    });
    findPupil->setShortcut(QKeySequence::Find);
    QAction* due = go->addAction(tr("&Due and overdue"), this, [this] {
        m_tabs->setCurrentWidget(m_due);
        m_due->setFocus();
    });
    due->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* closeTab = go->addAction(tr("&Close pupil"), this, [this] {
        if (auto* record = qobject_cast<PupilRecordView*>(m_tabs->currentWidget())) {
            m_tabs->removeTab(m_tabs->indexOf(record));
            record->deleteLater();
        }
    });
    closeTab->setShortcuts(QKeySequence::Close); // Ctrl+W and Ctrl+F4 (setShortcut would keep only the first)
    QAction* schools = go->addAction(tr("&Schools"), this, [this] {
        m_tabs->setCurrentWidget(m_schools);
        m_schools->setFocus();
    });
    schools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* meetings = go->addAction(tr("Panel &meetings"), this, [this] {
        m_tabs->setCurrentWidget(m_meetings);
        m_meetings->setFocus();
    });
    meetings->setObjectName(QStringLiteral("panelMeetingsAction"));
    meetings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction* trends = go->addAction(tr("&Trends (again: LA or one school)"), this, [this] {
        if (m_tabs->currentWidget() == m_trends) {
            m_trends->switchPage();
            return;
        }
        m_tabs->setCurrentWidget(m_trends);
        m_trends->activate();
        m_trends->setFocus();
    });
    trends->setObjectName(QStringLiteral("trendsAction"));
    trends->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* alertSettings = tools->addAction(tr("&Alert settings…"), this, [this] {
        AlertSettingsDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted && m_dueLoaded) {
            m_due->refresh();
        }
    });
    alertSettings->setObjectName(QStringLiteral("alertSettingsAction"));
    QAction* smallNumbers = tools->addAction(tr("&Small numbers…"), this, [this] {
        SmallNumbersDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_trends->reloadSmallNumberPolicy();
        }
    });
    smallNumbers->setObjectName(QStringLiteral("smallNumbersAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
                           tr("<b>Casebook</b> %1<br>Case management for a local authority's Placement and "
                              "Exclusion team.<br>Database schema version %2.")
                               .arg(QApplication::applicationVersion())
                               .arg(m_db.schemaVersion()));
    });
}

CaseRecordKind MainWindow::caseRecordKindFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Suspension:
        return CaseRecordKind::Suspension;
    case RecordKind::Exclusion:
        return CaseRecordKind::Exclusion;
    case RecordKind::Psp:
        return CaseRecordKind::Psp;
    case RecordKind::PipReferral:
        return CaseRecordKind::PipReferral;
    case RecordKind::Registration:
        return CaseRecordKind::Registration;
    }
    return CaseRecordKind::Suspension;
}

void MainWindow::newPupil()
{
    PupilDialog dialog(m_db, 0, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // The officer may have chosen a likely duplicate instead of creating a pupil.
    const qint64 id = dialog.existingPupilChosen() != 0 ? dialog.existingPupilChosen() : dialog.savedId();
    if (id != 0) {
        openPupil(id);
    }
}

void MainWindow::openPupil(qint64 pupilId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* record = qobject_cast<PupilRecordView*>(m_tabs->widget(i));
        if (record != nullptr && record->pupilId() == pupilId) {
            m_tabs->setCurrentIndex(i);
            record->reload();
            record->setFocus();
            return;
        }
    }
    auto* record = new PupilRecordView(m_db, pupilId, m_tabs);
    const int index = m_tabs->addTab(record, record->shortName());
    m_tabs->setTabToolTip(index, record->shortName());
    m_tabs->setCurrentIndex(index);
    record->setFocus();
}

void MainWindow::updateTitle()
{
    QString title = QFileInfo(m_db.path()).fileName() + QStringLiteral(" \u2014 Casebook");
    if (SettingsRepository(m_db).isDemo()) {
        title += tr(" \u2014 DEMO DATA (fictional)");
    }
    setWindowTitle(title);
}

} // namespace casebook
