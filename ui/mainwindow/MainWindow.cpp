#include "mainwindow/MainWindow.h"

#include "db/Database.h"
#include "pupils/PupilSearchView.h"
#include "repositories/SettingsRepository.h"
#include "schools/SchoolBrowser.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace casebook {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_tabs(new QTabWidget(this)), m_pupils(new PupilSearchView(db, this)),
      m_schools(new SchoolBrowser(db, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Main views"));
    m_tabs->addTab(m_pupils, tr("&Pupils"));
    m_tabs->addTab(m_schools, tr("&Schools"));
    setCentralWidget(m_tabs);
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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* findPupil = go->addAction(tr("&Find a pupil"), this, [this] {
        m_tabs->setCurrentWidget(m_pupils);
        m_pupils->setFocus();
    });
    findPupil->setShortcut(QKeySequence::Find);
    QAction* schools = go->addAction(tr("&Schools"), this, [this] {
        m_tabs->setCurrentWidget(m_schools);
        m_schools->setFocus();
    });
    schools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
                           tr("<b>Casebook</b> %1<br>Case management for a local authority's Placement and "
                              "Exclusion team.<br>Database schema version %2.")
                               .arg(QApplication::applicationVersion())
                               .arg(m_db.schemaVersion()));
    });
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
