#include "dashboard/DueDashboardView.h"

#include "common/ActivateOnEnter.h"
#include "common/BackgroundPool.h"

#include "calendar/UkDate.h"
#include "dashboard/DueDeadlinesModel.h"

#include "db/Database.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace casebook {

// What the worker thread hands back: the rows, or why there are none.
struct AlertJobResult
{
    std::vector<AlertRow> rows;
    QString error;
};

namespace {

// Runs on a worker thread: its own read-only connection to the same file, opened and closed there.
AlertJobResult computeAlerts(const QString& path, QDate on)
{
    auto opened = openForWorker(path);
    if (!opened) {
        return {{}, opened.error().message};
    }
    auto rows = AlertService(*opened.value()).openAlerts(on);
    if (!rows) {
        return {{}, rows.error().message};
    }
    return {std::move(rows).value(), {}};
}

// Shows only overdue rows when asked; the dashboard's rows are a few thousand at most, so a proxy is fine.
class OverdueFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool overdueOnly = false;

    // Re-runs the filter alone (no re-sort of thousands of rows).
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override
    {
        if (!overdueOnly) {
            return true;
        }
        const auto* model = static_cast<const DueDeadlinesModel*>(sourceModel());
        return model->rowAt(sourceRow).deadline.overdue && parent == QModelIndex();
    }
};

} // namespace

DueDashboardView::DueDashboardView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_overdueOnly(new QCheckBox(tr("&Overdue only"), this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_model(new DueDeadlinesModel(this)), m_proxy(new OverdueFilter(this))
{
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_overdueOnly->setAccessibleName(tr("Show overdue deadlines only"));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDeadlinesButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setAccessibleName(tr("Recompute deadlines"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DueDeadlinesModel::SortRole);
    m_table->setObjectName(QStringLiteral("dueDeadlines"));
    m_table->setAccessibleName(tr("Due and overdue deadlines"));
    m_table->setModel(m_proxy);
    // Rows arrive sorted by due date: in that order the proxy keeps them as they are rather than re-sorting
    // thousands of rows on the UI thread; any other column the officer picks is sorted by the proxy.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(DueDeadlinesModel::Due, Qt::AscendingOrder);
    header->setResizeContentsPrecision(200);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column == DueDeadlinesModel::Due && order == Qt::AscendingOrder) {
            m_proxy->sort(-1);
        } else {
            m_proxy->sort(column, order);
        }
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueDeadlinesModel::What, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("dueDeadlinesStatus"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_overdueOnly);
    top->addStretch(1);
    top->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &DueDashboardView::applyFilter);
    connect(refresh, &QPushButton::clicked, this, [this] { this->refresh(m_onDate); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 pupil = index.data(DueDeadlinesModel::PupilIdRole).toLongLong();
        const Deadline& d = m_model->rowAt(m_proxy->mapToSource(index).row()).deadline;
        Q_EMIT pupilActivated(pupil);
        Q_EMIT recordActivated(pupil, static_cast<int>(d.recordKind), d.recordId);
    });
    ActivateOnEnter::install(m_table);
    setFocusProxy(m_table);
}

void DueDashboardView::refresh(QDate onDate)
{
    m_onDate = onDate;
    const QDate on = onDate.isValid() ? onDate : QDate::currentDate();
    const int generation = ++m_generation;
    ++m_running;
    m_status->setText(tr("Computing deadlines and alerts for %1\u2026").arg(ukDate(on)));
    auto* watcher = new QFutureWatcher<AlertJobResult>(this);
    connect(watcher, &QFutureWatcher<AlertJobResult>::finished, this, [this, watcher, generation, on] {
        --m_running;
        watcher->deleteLater();
        if (generation == m_generation) { // a newer refresh supersedes this one
            showResult(on, watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&backgroundPool(), computeAlerts, m_db.path(), on));
}

void DueDashboardView::showResult(QDate on, const AlertJobResult& result)
{
    if (!result.error.isEmpty()) {
        m_model->setRows({});
        m_status->setText(tr("Could not compute deadlines: %1").arg(result.error));
        Q_EMIT refreshed();
        return;
    }
    int overdue = 0;
    for (const AlertRow& r : result.rows) {
        overdue += r.deadline.overdue ? 1 : 0;
    }
    const int total = static_cast<int>(result.rows.size());
    m_model->setRows(result.rows);
    m_status->setText(tr("%1 open deadlines and alerts on %2, %3 overdue. Double-click or press Enter to open the "
                         "pupil.")
                          .arg(total)
                          .arg(ukDate(on))
                          .arg(overdue));
    Q_EMIT refreshed(); // the model reset re-ran the filter
}

void DueDashboardView::applyFilter()
{
    static_cast<OverdueFilter*>(m_proxy)->overdueOnly = m_overdueOnly->isChecked();
    static_cast<OverdueFilter*>(m_proxy)->refilter();
}

} // namespace casebook
