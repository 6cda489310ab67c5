#include "trends/la/LaDashboardView.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/SchoolFiguresRepository.h"
#include "common/ActivateOnEnter.h"
#include "common/BackgroundPool.h"
#include "db/Database.h"
#include "trends/charts/ChartExport.h"
#include "trends/charts/ChartPanel.h"
#include "trends/la/LaRankingModel.h"
#include "trends/la/LaTrendChart.h"
#include "trends/la/SparklineDelegate.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace casebook {

namespace {

QComboBox* makeCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

LaDashboardView::LaDashboardView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_year(makeCombo(QStringLiteral("laYear"), tr("Academic year"), this)),
      m_phase(makeCombo(QStringLiteral("laPhase"), tr("Phase"), this)),
      m_locality(makeCombo(QStringLiteral("laLocality"), tr("Locality"), this)),
      m_trust(makeCombo(QStringLiteral("laTrust"), tr("Trust"), this)), m_summary(new QLabel(this)),
      m_error(new QLabel(this)), m_table(new QTableView(this)), m_model(new LaRankingModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_sparkline(new SparklineDelegate(LaRankingModel::SparklineRole, this)),
      m_trend(new charts::ChartPanel(tr("LA trend"), this)), m_open(new QPushButton(tr("&Open school"), this)),
      m_pupils(new QPushButton(tr("P&upils..."), this)), m_export(new QPushButton(tr("E&xport table..."), this))
{
    setObjectName(QStringLiteral("laDashboard"));
    setAccessibleName(tr("LA dashboard"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(makeBuddyLabel(tr("Academic &year:"), m_year, this));
    filters->addWidget(m_year);
    filters->addSpacing(12);
    filters->addWidget(makeBuddyLabel(tr("P&hase:"), m_phase, this));
    filters->addWidget(m_phase);
    filters->addSpacing(12);
    filters->addWidget(makeBuddyLabel(tr("Loc&ality:"), m_locality, this));
    filters->addWidget(m_locality);
    filters->addSpacing(12);
    filters->addWidget(makeBuddyLabel(tr("T&rust:"), m_trust, this));
    filters->addWidget(m_trust);
    filters->addStretch();

    m_summary->setObjectName(QStringLiteral("laSummary"));
    m_summary->setAccessibleName(tr("LA figures for the year"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setObjectName(QStringLiteral("laError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold"));
    m_error->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LaRankingModel::SortRole);
    m_table->setObjectName(QStringLiteral("laRanking"));
    m_table->setAccessibleName(tr("Schools ranked by suspension rate"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LaRankingModel::Rank, Qt::DescendingOrder); // rank 1 (highest rate) first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(LaRankingModel::Trend, m_sparkline);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    ActivateOnEnter::install(m_table);

    m_trend->setObjectName(QStringLiteral("laTrendPanel"));
    m_trend->setExportName(QStringLiteral("la-trend"));

    auto* buttons = new QHBoxLayout;
    m_open->setObjectName(QStringLiteral("laOpenSchool"));
    m_open->setToolTip(tr("Open the school's dashboard (Enter)"));
    m_pupils->setObjectName(QStringLiteral("laPupils"));
    m_pupils->setToolTip(tr("The school's pupils with suspensions or exclusions in the year"));
    m_export->setObjectName(QStringLiteral("laExport"));
    m_export->setToolTip(tr("Save the table as CSV, as shown"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_pupils);
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("laSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_trend);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({1000, 360}); // the table's columns, sparklines and flags fit at 1366 pixels wide

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    const auto reload = [this] {
        if (!m_loading) {
            refresh();
        }
    };
    connect(m_year, qOverload<int>(&QComboBox::currentIndexChanged), this, reload);
    connect(m_phase, qOverload<int>(&QComboBox::currentIndexChanged), this, reload);
    connect(m_locality, qOverload<int>(&QComboBox::currentIndexChanged), this, reload);
    connect(m_trust, qOverload<int>(&QComboBox::currentIndexChanged), this, reload);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const qint64 school = currentSchool(); school > 0) {
            Q_EMIT schoolActivated(school, academicYear());
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 school = currentSchool(); school > 0) {
            Q_EMIT schoolActivated(school, academicYear());
        }
    });
    connect(m_pupils, &QPushButton::clicked, this, [this] {
        if (const qint64 school = currentSchool(); school > 0) {
            Q_EMIT pupilsRequested(school, academicYear());
        }
    });
    connect(m_export, &QPushButton::clicked, this, &LaDashboardView::exportTable);
    setTabOrder(m_year, m_phase);
    setTabOrder(m_phase, m_locality);
    setTabOrder(m_locality, m_trust);
    setTabOrder(m_trust, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_pupils);
    setTabOrder(m_pupils, m_export);
}

QString LaDashboardView::academicYear() const
{
    return m_year->currentData().toString();
}

QString LaDashboardView::newestAcademicYear() const
{
    return m_year->count() > 0 ? m_year->itemData(0).toString() : QString();
}

SchoolFilter LaDashboardView::filter() const
{
    SchoolFilter filter;
    filter.phase = m_phase->currentData().toString();
    filter.locality = m_locality->currentData().toString();
    filter.trust = m_trust->currentData().toString();
    return filter;
}

void LaDashboardView::setAcademicYear(const QString& year)
{
    if (!m_choicesLoaded) {
        loadChoices();
    }
    if (const int at = m_year->findData(year); at >= 0) {
        m_year->setCurrentIndex(at);
    }
}

const LaDashboardData& LaDashboardView::data() const
{
    return m_model->dashboard();
}

void LaDashboardView::setSmallNumberPolicy(const SmallNumberPolicy& policy)
{
    m_policy = policy;
    m_model->setSmallNumberPolicy(policy);
    showSummary();
    showLaTrend(*m_trend, m_model->dashboard(), m_policy);
}

bool LaDashboardView::loadChoices()
{
    auto choices = LaDashboardQuery(m_db).choices();
    if (!choices) {
        m_error->setText(tr("Could not read the schools and years: %1").arg(choices.error().message));
        m_error->show();
        return false;
    }
    m_loading = true;
    m_year->clear();
    for (const QString& year : choices.value().academicYears) {
        m_year->addItem(year, year);
    }
    // The current academic year when term dates for it are loaded, else the newest held.
    const QDate today = QDate::currentDate();
    const int startYear = today.month() >= 9 ? today.year() : today.year() - 1;
    const QString current = QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
    m_phase->clear();
    m_phase->addItem(tr("All phases"), QString());
    for (const auto& [label, id] : choices.value().phases) {
        m_phase->addItem(label, id);
    }
    m_locality->clear();
    m_locality->addItem(tr("All localities"), QString());
    for (const QString& locality : choices.value().localities) {
        m_locality->addItem(locality, locality);
    }
    m_trust->clear();
    m_trust->addItem(tr("All schools"), QString());
    for (const QString& trust : choices.value().trusts) {
        m_trust->addItem(trust, trust);
    }
    m_loading = false;
    m_choicesLoaded = true;
    return true;
}

bool LaDashboardView::refresh()
{
    if (!m_choicesLoaded && !loadChoices()) {
        return false;
    }
    if (academicYear().isEmpty()) {
        m_error->setText(tr("No term dates are loaded, so there are no academic years to show. Load the LA's "
                            "term dates first (casebook-cli calendar)."));
        m_error->show();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    // With a cache (the Trends tab), the LA trend (about 170 ms on a large LA, the same for every year) is
    // computed on a worker thread on the first opening, so the ranking shows without waiting for it.
    ++m_generation;
    auto data = LaDashboardQuery(m_db, m_cache).load(academicYear(), filter(), m_cache == nullptr);
    if (!data) {
        m_error->setText(tr("Could not load the figures for %1: %2").arg(academicYear(), data.error().message));
        m_error->show();
        return false;
    }
    m_error->hide();
    showData(std::move(data.value()));
    m_lastLoadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return true;
}

void LaDashboardView::showData(LaDashboardData data)
{
    double maximum = 0.0;
    for (const LaSchoolRow& row : data.schools) {
        for (const PeriodFigures& term : row.terms) {
            if (const auto rate = term.suspensionRate()) {
                maximum = std::max(maximum, *rate);
            }
        }
    }
    m_sparkline->setScaleMaximum(maximum);
    const qint64 selected = currentSchool();
    m_model->setData(std::move(data));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(LaRankingModel::School, std::min(m_table->columnWidth(LaRankingModel::School),
                                                             fontMetrics().averageCharWidth() * 34));
    if (m_model->rowCount() > 0) {
        int row = 0;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, 0).data(LaRankingModel::SchoolIdRole).toLongLong() == selected) {
                row = r;
                break;
            }
        }
        m_table->setCurrentIndex(m_proxy->index(row, 0));
    }
    showSummary();
    showLaTrend(*m_trend, m_model->dashboard(), m_policy);
    if (m_model->dashboard().laTrendPending) {
        m_trend->setNote(tr("The LA trend is being computed\u2026"));
        startLaTrend();
    }
}

bool LaDashboardView::laTrendPending() const
{
    return m_model->dashboard().laTrendPending;
}

namespace {

struct LaTrendJob
{
    std::vector<PeriodFigures> years;
    QString error;
};

// Runs on a worker thread: its own read-only connection to the same file, opened and closed there.
LaTrendJob computeLaTrend(const QString& path, const SchoolFilter& filter)
{
    auto opened = openForWorker(path);
    if (!opened) {
        return {{}, opened.error().message};
    }
    auto years = SchoolFiguresRepository(*opened.value()).laTrend(Granularity::Year, filter);
    if (!years) {
        return {{}, years.error().message};
    }
    return {std::move(years).value(), {}};
}

} // namespace

void LaDashboardView::startLaTrend()
{
    const SchoolFilter wanted = m_model->dashboard().filter;
    const QString stamp = m_cache != nullptr ? m_cache->currentStamp() : QString();
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<LaTrendJob>(this);
    connect(watcher, &QFutureWatcher<LaTrendJob>::finished, this, [this, watcher, wanted, stamp, generation] {
        watcher->deleteLater();
        const LaTrendJob job = watcher->result();
        if (job.error.isEmpty() && m_cache != nullptr) {
            m_cache->offerLaTrend(Granularity::Year, wanted, job.years, stamp);
        }
        if (generation != m_generation) {
            return; // another year or filter was chosen meanwhile
        }
        if (!job.error.isEmpty()) {
            m_error->setText(tr("Could not compute the LA trend: %1").arg(job.error));
            m_error->show();
            return;
        }
        m_model->setLaTrend(job.years);
        showSummary();
        showLaTrend(*m_trend, m_model->dashboard(), m_policy);
        Q_EMIT laTrendLoaded();
    });
    watcher->setFuture(QtConcurrent::run(&backgroundPool(), computeLaTrend, m_db.path(), wanted));
}

void LaDashboardView::showSummary()
{
    const LaDashboardData& data = m_model->dashboard();
    if (data.laTrendPending) {
        m_summary->setText(tr("<b>%1, %2 schools:</b> the LA figures are being computed\u2026")
                               .arg(data.academicYear)
                               .arg(data.schools.size()));
        return;
    }
    if (!data.laYear) {
        m_summary->setText(tr("No figures for %1.").arg(data.academicYear));
        return;
    }
    const PeriodFigures& la = *data.laYear;
    const NationalYear national = nationalYear(data.national, la.academicYear);
    const QString rate = la.rollState() == RollState::Known ? figureText(la.suspensionRate(), la.suspensions, m_policy)
                                                            : rateText(la, la.suspensionRate());
    const QString peRate = la.rollState() == RollState::Known
                               ? figureText(la.permanentExclusionRate(), la.permanentExclusions, m_policy)
                               : rateText(la, la.permanentExclusionRate());
    QString text = tr("<b>%1, %2 schools:</b> %3 suspensions, rate %4 (national %5); %6 permanent exclusions, rate %7 "
                      "(national %8); %9 pupils with 3 or more suspensions; <b>%10 schools flagged</b> for off-rolling "
                      "indicators.")
                       .arg(la.academicYear)
                       .arg(data.schools.size())
                       .arg(countText(la.suspensions, m_policy), rate,
                            figureText(national.suspensionRate, 0, m_policy, tr("none held")))
                       .arg(countText(la.permanentExclusions, m_policy), peRate,
                            figureText(national.permanentExclusionRate, 0, m_policy, tr("none held")),
                            countText(data.laRepeat.pupilsRepeated, m_policy))
                       .arg(data.flaggedSchools());
    if (la.schoolsWithoutRoll > 0) {
        text += tr(" %1 open schools have no roll figure for the year and are left out of the LA rates.")
                    .arg(la.schoolsWithoutRoll);
    }
    if (m_policy.enabled) {
        text += tr(" Counts below %1 are not shown.").arg(m_policy.threshold);
    }
    m_summary->setText(text);
}

qint64 LaDashboardView::currentSchool() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(LaRankingModel::SchoolIdRole).toLongLong() : 0;
}

void LaDashboardView::exportTable()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/la-schools-%1.csv").arg(QString(academicYear()).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the table as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = charts::exportModelCsv(*m_proxy, path); !s) {
        QMessageBox::warning(this, tr("Export the table"), s.error().message);
    }
}

} // namespace casebook
