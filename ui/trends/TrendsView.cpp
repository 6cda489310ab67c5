#include "trends/TrendsView.h"

#include "analytics/AnalyticsCache.h"
#include "trends/SchoolPupilsDialog.h"
#include "trends/la/LaDashboardView.h"
#include "trends/school/SchoolDashboardView.h"

#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook {

namespace {
constexpr int kPrefetchDelayMs = 300;
}

TrendsView::TrendsView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_cache(std::make_unique<AnalyticsCache>(db)), m_pages(new QTabWidget(this)),
      m_la(new LaDashboardView(db, this)), m_school(new SchoolDashboardView(db, this))
{
    setObjectName(QStringLiteral("trendsView"));
    m_la->setAnalyticsCache(m_cache.get());
    m_school->setAnalyticsCache(m_cache.get());
    setAccessibleName(tr("Trends"));
    m_pages->setObjectName(QStringLiteral("trendsPages"));
    m_pages->setAccessibleName(tr("Trends pages"));
    m_pages->setDocumentMode(true);
    // No mnemonics: the main window's tabs hold most letters; Ctrl+T switches between the two pages.
    m_pages->addTab(m_la, tr("All schools (LA)"));
    m_pages->addTab(m_school, tr("One school"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_la, &LaDashboardView::schoolActivated, this,
            [this](qint64 school, const QString& year) { showSchool(school, year); });
    connect(m_la, &LaDashboardView::pupilsRequested, this, &TrendsView::showPupils);
    connect(m_school, &SchoolDashboardView::pupilsRequested, this, &TrendsView::showPupils);
}

TrendsView::~TrendsView() = default;

void TrendsView::activate()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    m_policy = loadSmallNumberPolicy(m_db);
    m_la->setSmallNumberPolicy(m_policy);
    m_la->refresh();
    if (m_pages->currentWidget() == m_la) {
        m_la->table()->setFocus();
    }
    // Once the LA page is on screen, the LA-wide figures a school's dashboard needs are computed (the slow
    // ones on a worker thread), so that drilling down to a school does not wait for them.
    // After a pause, so the LA page is painted first (the quick LA-wide figures are read on this thread).
    QTimer::singleShot(kPrefetchDelayMs, this, [this] { m_school->prefetch(m_la->newestAcademicYear()); });
}

bool TrendsView::showsLa() const
{
    return m_pages->currentWidget() == m_la;
}

void TrendsView::switchPage()
{
    if (showsLa()) {
        if (m_school->schoolId() <= 0 && !m_la->data().schools.empty()) {
            showSchool(m_la->data().schools.front().year.schoolId, m_la->academicYear());
            return;
        }
        m_pages->setCurrentWidget(m_school);
        m_school->setFocus();
    } else {
        showLa();
    }
}

void TrendsView::showLa()
{
    activate();
    m_pages->setCurrentWidget(m_la);
    m_la->table()->setFocus();
}

void TrendsView::showSchool(qint64 schoolId, const QString& academicYear)
{
    Q_UNUSED(academicYear)
    m_pages->setCurrentWidget(m_school);
    m_school->showSchool(schoolId);
    m_school->setFocus();
}

void TrendsView::reloadSmallNumberPolicy()
{
    m_policy = loadSmallNumberPolicy(m_db);
    m_la->setSmallNumberPolicy(m_policy);
    m_school->reload();
}

void TrendsView::showPupils(qint64 schoolId, const QString& academicYear)
{
    auto* dialog = new SchoolPupilsDialog(m_db, schoolId, academicYear, m_policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SchoolPupilsDialog::pupilActivated, this, [this, dialog](qint64 pupil) {
        dialog->close();
        Q_EMIT pupilActivated(pupil);
    });
    dialog->open();
}

} // namespace casebook
