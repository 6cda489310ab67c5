#pragma once

#include "analytics/LaDashboardQuery.h"
#include "analytics/SmallNumbers.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace casebook {

class AnalyticsCache;
class Database;
class LaRankingModel;
namespace charts {
class ChartPanel;
}
class SparklineDelegate;

// The LA dashboard: every school ranked by suspension rate in a sortable table with sparklines and flags,
// the LA trend against the national rates, and the LA's year in one line. Filters by academic year, phase,
// locality and trust. Enter or double-click on a school opens its dashboard; Alt+U lists its pupils.
class LaDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit LaDashboardView(Database& db, QWidget* parent = nullptr);

    // Loads the choices (first time) and the figures for the current filters; false with a message shown
    // when the database could not be read.
    bool refresh();
    // LA-wide figures from this cache (shared with the school dashboard; not owned), or computed each time.
    void setAnalyticsCache(AnalyticsCache* cache) { m_cache = cache; }
    // Small counts on a screen that may be shared (every table, summary and chart here).
    void setSmallNumberPolicy(const SmallNumberPolicy& policy);

    QString academicYear() const;
    // The newest academic year with term dates (the school dashboard's default), empty before loading.
    QString newestAcademicYear() const;
    SchoolFilter filter() const;
    void setAcademicYear(const QString& academicYear);
    const LaDashboardData& data() const;
    QTableView* table() const { return m_table; }
    // The time the last refresh took to load the figures and fill the table, in milliseconds.
    double lastLoadMilliseconds() const { return m_lastLoadMs; }

    // True while the LA trend (chart and summary) is computed on a worker thread (only with a cache).
    bool laTrendPending() const;

Q_SIGNALS:
    // The LA trend arrived from the worker and the chart and summary show it.
    void laTrendLoaded();
    void schoolActivated(qint64 schoolId, const QString& academicYear);
    void pupilsRequested(qint64 schoolId, const QString& academicYear);

private:
    bool loadChoices();
    void showData(LaDashboardData data);
    void showSummary();
    qint64 currentSchool() const;
    void exportTable();
    void startLaTrend();

    Database& m_db;
    AnalyticsCache* m_cache = nullptr;
    QComboBox* m_year;
    QComboBox* m_phase;
    QComboBox* m_locality;
    QComboBox* m_trust;
    QLabel* m_summary;
    QLabel* m_error;
    QTableView* m_table;
    LaRankingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    SparklineDelegate* m_sparkline;
    charts::ChartPanel* m_trend;
    QPushButton* m_open;
    QPushButton* m_pupils;
    QPushButton* m_export;
    SmallNumberPolicy m_policy;
    bool m_choicesLoaded = false;
    bool m_loading = false;
    int m_generation = 0; // which load a worker's LA trend belongs to
    double m_lastLoadMs = 0.0;
};

} // namespace casebook
