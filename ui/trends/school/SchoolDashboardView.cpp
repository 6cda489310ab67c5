#include "trends/school/SchoolDashboardView.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/BreakdownRepository.h"
#include "common/BackgroundPool.h"
#include "db/Database.h"
#include "repositories/SchoolRepository.h"
#include "trends/charts/ChartPanel.h"
#include "trends/school/FiguresStrip.h"
#include "trends/school/SchoolCharts.h"

#include <QComboBox>
#include <QCompleter>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casebook {

namespace {

constexpr int kMaxSchools = 100000; // every school: an LA has hundreds at most

QComboBox* comboWithLabel(QWidget* parent, QHBoxLayout* row, const QString& label, const QString& objectName,
                          const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    auto* l = new QLabel(label, parent);
    l->setBuddy(combo);
    row->addWidget(l);
    row->addWidget(combo);
    return combo;
}

} // namespace

SchoolDashboardView::SchoolDashboardView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_message(new QLabel(this)), m_strip(new school::FiguresStrip(this)),
      m_suspensionTrend(new charts::ChartPanel(tr("Suspension rate"), this)),
      m_exclusionTrend(new charts::ChartPanel(tr("Permanent exclusion rate"), this)),
      m_reasons(new charts::ChartPanel(tr("Reasons for suspensions"), this)),
      m_characteristics(new charts::ChartPanel(tr("Suspensions by pupil characteristic"), this)),
      m_dimension(new QComboBox(this)), m_yearGroups(new charts::ChartPanel(tr("Suspensions by year group"), this))
{
    setObjectName(QStringLiteral("schoolDashboard"));
    setAccessibleName(tr("School dashboard"));

    auto* picker = new QHBoxLayout;
    m_school = comboWithLabel(this, picker, tr("&School:"), QStringLiteral("schoolPicker"), tr("School"));
    m_school->setEditable(true);
    m_school->setInsertPolicy(QComboBox::NoInsert);
    m_school->setMinimumContentsLength(46);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_school->completer()->setFilterMode(Qt::MatchContains);
    m_school->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_school->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_school->lineEdit()->setPlaceholderText(tr("Type part of a school's name"));
    m_firstYear = comboWithLabel(this, picker, tr("&From:"), QStringLiteral("firstYear"), tr("First academic year"));
    m_lastYear = comboWithLabel(this, picker, tr("T&o:"), QStringLiteral("lastYear"), tr("Last academic year"));
    m_granularity = comboWithLabel(this, picker, tr("&By:"), QStringLiteral("granularity"), tr("Term or year"));
    m_granularity->addItem(tr("Term"), static_cast<int>(Granularity::Term));
    m_granularity->addItem(tr("Year"), static_cast<int>(Granularity::Year));
    picker->addStretch();
    m_pupils = new QPushButton(tr("P&upils..."), this);
    m_pupils->setObjectName(QStringLiteral("pupilsButton"));
    m_pupils->setAccessibleName(tr("The school's pupils"));
    m_pupils->setEnabled(false);
    picker->addWidget(m_pupils);

    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);

    m_dimension->setObjectName(QStringLiteral("dimension"));
    m_dimension->setAccessibleName(tr("Characteristic"));
    for (const QString& dimension : school::characteristicDimensions()) {
        m_dimension->addItem(school::dimensionLabel(dimension), dimension);
    }
    auto* dimensionBox = new QWidget(this);
    auto* dimensionRow = new QHBoxLayout(dimensionBox);
    dimensionRow->setContentsMargins(0, 0, 0, 0);
    auto* dimensionLabel = new QLabel(tr("&Group:"), dimensionBox);
    dimensionLabel->setBuddy(m_dimension);
    dimensionRow->addWidget(dimensionLabel);
    dimensionRow->addWidget(m_dimension);
    m_characteristics->addControl(dimensionBox);

    m_suspensionTrend->setObjectName(QStringLiteral("suspensionTrend"));
    m_suspensionTrend->setExportName(QStringLiteral("suspension-rate"));
    m_exclusionTrend->setObjectName(QStringLiteral("exclusionTrend"));
    m_exclusionTrend->setExportName(QStringLiteral("permanent-exclusion-rate"));
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setExportName(QStringLiteral("suspension-reasons"));
    m_characteristics->setObjectName(QStringLiteral("characteristics"));
    m_characteristics->setExportName(QStringLiteral("suspensions-by-characteristic"));
    m_yearGroups->setObjectName(QStringLiteral("yearGroups"));
    m_yearGroups->setExportName(QStringLiteral("suspensions-by-year-group"));

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(m_suspensionTrend, 0, 0);
    grid->addWidget(m_exclusionTrend, 0, 1);
    grid->addWidget(m_reasons, 0, 2);
    grid->addWidget(m_characteristics, 1, 0, 1, 2);
    grid->addWidget(m_yearGroups, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(picker);
    layout->addWidget(m_message);
    layout->addWidget(m_strip);
    layout->addLayout(grid, 1);

    connect(m_school, &QComboBox::activated, this, &SchoolDashboardView::schoolChosen);
    connect(m_school->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int row = m_school->findText(index.data().toString());
                if (row >= 0) {
                    m_school->setCurrentIndex(row);
                    schoolChosen(row);
                }
            });
    for (QComboBox* combo : {m_firstYear, m_lastYear, m_granularity}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating && m_schoolId != 0) {
                load();
            }
        });
    }
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &SchoolDashboardView::redrawCharacteristics);
    connect(m_pupils, &QPushButton::clicked, this, [this] {
        if (m_schoolId != 0) {
            Q_EMIT pupilsRequested(m_schoolId, m_dashboard ? m_dashboard->lastYear : QString());
        }
    });

    loadSchools();
    m_message->setText(tr("Choose a school to see its exclusion figures."));
}

charts::ChartPanel* SchoolDashboardView::panel(const QString& objectName) const
{
    return findChild<charts::ChartPanel*>(objectName);
}

void SchoolDashboardView::loadSchools()
{
    m_updating = true;
    const QString typed = m_school->currentText();
    m_school->clear();
    auto schools = SchoolRepository(m_db).list({}, kMaxSchools);
    if (!schools) {
        showError(tr("The list of schools could not be read: %1").arg(schools.error().message));
    } else {
        for (const SchoolRepository::Row& row : *schools) {
            m_school->addItem(row.school.urn.isEmpty() ? row.school.name
                                                       : QStringLiteral("%1 (%2)").arg(row.school.name, row.school.urn),
                              row.school.id);
        }
    }
    const int current = m_school->findData(m_schoolId);
    m_school->setCurrentIndex(current);
    if (current < 0) {
        m_school->setEditText(typed);
    }
    m_updating = false;
}

void SchoolDashboardView::schoolChosen(int index)
{
    if (m_updating || index < 0) {
        return;
    }
    const qint64 id = m_school->itemData(index).toLongLong();
    if (id != 0 && id != m_schoolId) {
        showSchool(id);
    }
}

void SchoolDashboardView::showSchool(qint64 schoolId)
{
    m_schoolId = schoolId;
    m_updating = true;
    m_school->setCurrentIndex(m_school->findData(schoolId));
    m_school->lineEdit()->setCursorPosition(0); // the start of the name, not its end
    m_updating = false;
    load();
}

void SchoolDashboardView::reload()
{
    loadSchools();
    if (m_schoolId != 0) {
        load();
    }
}

void SchoolDashboardView::load()
{
    m_policy = loadSmallNumberPolicy(m_db);
    SchoolDashboardRequest request;
    request.schoolId = m_schoolId;
    request.firstYear = m_firstYear->currentText();
    request.lastYear = m_lastYear->currentText();
    request.granularity = static_cast<Granularity>(m_granularity->currentData().toInt());
    request.laCharacteristics = false; // seconds on a large LA: computed on a worker thread below
    auto loaded = loadSchoolDashboard(m_db, request, m_cache);
    if (!loaded) {
        m_dashboard.reset();
        m_pupils->setEnabled(false);
        m_strip->clear();
        showError(tr("The figures could not be loaded: %1").arg(loaded.error().message));
        return;
    }
    m_dashboard = std::move(loaded.value());
    const SchoolDashboard& d = *m_dashboard;
    fillRangeCombos();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("<b>%1</b>: %2 to %3. Breakdowns and figures are for %3.%4")
                           .arg(d.schoolName.toHtmlEscaped(), d.firstYear, d.lastYear,
                                m_policy.enabled
                                    ? tr(" Counts below %1 are hidden (Tools > Small numbers).").arg(m_policy.threshold)
                                    : QString()));
    m_pupils->setEnabled(true);
    m_strip->setFigures(d, m_policy);
    school::fillTrend(*m_suspensionTrend, d, school::TrendMeasure::Suspension, m_policy);
    school::fillTrend(*m_exclusionTrend, d, school::TrendMeasure::PermanentExclusion, m_policy);
    school::fillReasons(*m_reasons, d, m_policy);
    m_reasons->setTitle(tr("Reasons for suspensions, %1").arg(d.lastYear));
    redrawCharacteristics();
    school::fillYearGroups(*m_yearGroups, d, m_policy);
    m_yearGroups->setTitle(tr("Suspensions by year group, %1").arg(d.lastYear));
    if (d.laCharacteristicsPending) {
        const QString note = tr("The LA comparison is being computed\u2026");
        m_characteristics->setNote(note);
        m_yearGroups->setNote(note);
        startLaCharacteristics(d.lastYear);
    }
}

namespace {

struct LaCharacteristicsJob
{
    std::vector<GroupFigures> figures;
    QString error;
};

// Runs on a worker thread: its own read-only connection to the same file, opened and closed there.
LaCharacteristicsJob computeLaCharacteristics(const QString& path, const Period& period)
{
    auto opened = openForWorker(path);
    if (!opened) {
        return {{}, opened.error().message};
    }
    auto figures = BreakdownRepository(*opened.value()).characteristics(Scope::la(), period);
    if (!figures) {
        return {{}, figures.error().message};
    }
    return {std::move(figures).value(), {}};
}

} // namespace

void SchoolDashboardView::startLaCharacteristics(const QString& academicYear)
{
    if (m_computingYear == academicYear) {
        return; // a worker is on it already; its result will be shown when it arrives
    }
    m_computingYear = academicYear;
    const Period period{academicYear, {}};
    const QString stamp = m_cache != nullptr ? m_cache->currentStamp() : QString();
    auto* watcher = new QFutureWatcher<LaCharacteristicsJob>(this);
    connect(watcher, &QFutureWatcher<LaCharacteristicsJob>::finished, this, [this, watcher, period, stamp] {
        watcher->deleteLater();
        if (m_computingYear == period.academicYear) {
            m_computingYear.clear();
        }
        const LaCharacteristicsJob job = watcher->result();
        if (job.error.isEmpty() && m_cache != nullptr) {
            m_cache->offerLaCharacteristics(period, {}, job.figures, stamp);
        }
        if (!m_dashboard || !m_dashboard->laCharacteristicsPending || m_dashboard->lastYear != period.academicYear) {
            return; // another year is shown, or the comparison is there already
        }
        if (!job.error.isEmpty()) {
            m_dashboard->laCharacteristicsPending = false;
            const QString failed = tr("The LA comparison could not be computed: %1").arg(job.error);
            m_characteristics->setNote(failed);
            m_yearGroups->setNote(failed);
            return;
        }
        setLaCharacteristics(*m_dashboard, job.figures);
        redrawCharacteristics();
        school::fillYearGroups(*m_yearGroups, *m_dashboard, m_policy);
        Q_EMIT laComparisonLoaded();
    });
    watcher->setFuture(QtConcurrent::run(&backgroundPool(), computeLaCharacteristics, m_db.path(), period));
}

void SchoolDashboardView::prefetch(const QString& academicYear)
{
    if (m_cache == nullptr || academicYear.isEmpty()) {
        return;
    }
    const Period year{academicYear, {}};
    // The LA-wide figures every school's dashboard for this year shares; errors show when a school is opened.
    (void)m_cache->laTrend(Granularity::Term);
    (void)m_cache->laTrend(Granularity::Year);
    (void)m_cache->nationalRates();
    (void)m_cache->laReasons(year);
    (void)m_cache->repeatMeasures(academicYear);
    (void)m_cache->pipEngagement(academicYear);
    if (!m_cache->heldLaCharacteristics(year)) {
        startLaCharacteristics(academicYear);
    }
}

void SchoolDashboardView::fillRangeCombos()
{
    m_updating = true;
    for (QComboBox* combo : {m_firstYear, m_lastYear}) {
        combo->clear();
        combo->addItems(m_dashboard->availableYears);
    }
    m_firstYear->setCurrentText(m_dashboard->firstYear);
    m_lastYear->setCurrentText(m_dashboard->lastYear);
    m_updating = false;
}

void SchoolDashboardView::redrawCharacteristics()
{
    if (!m_dashboard) {
        return;
    }
    school::fillCharacteristics(*m_characteristics, *m_dashboard, m_dimension->currentData().toString(), m_policy);
    m_characteristics->setTitle(tr("Suspensions by pupil characteristic, %1").arg(m_dashboard->lastYear));
}

void SchoolDashboardView::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_message->setText(message.toHtmlEscaped());
}

} // namespace casebook
