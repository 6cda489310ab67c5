#pragma once

#include "analytics/SchoolDashboardQuery.h"
#include "analytics/SmallNumbers.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace casebook {

class AnalyticsCache;
class Database;

namespace charts {
class ChartPanel;
}

namespace school {
class FiguresStrip;
}

// The school dashboard (issue 6): a school and a range of academic years, then its suspension and permanent
// exclusion rates over terms or years beside the LA and national rates, the reasons given, the rates per
// characteristic and per year group beside the LA's, and the last year's figures. Each chart sits in a
// ChartPanel (table view, tooltips, PNG and CSV export). Counts honour the small-numbers setting, read from the
// database each time the figures load. Everything comes from loadSchoolDashboard in one call.
class SchoolDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolDashboardView(Database& db, QWidget* parent = nullptr);

    // Chooses the school and loads its dashboard (the range kept if the school has those years).
    void showSchool(qint64 schoolId);
    qint64 schoolId() const { return m_schoolId; }

    // Reads the school list, the small-numbers setting and the figures again (after an import or a setting).
    void reload();
    // Fills the cache with the LA-wide figures a dashboard ending in `academicYear` needs (the LA
    // characteristics on a worker thread), so the next school opens without computing them. Needs a cache.
    void prefetch(const QString& academicYear);
    // True while a worker computes LA characteristics.
    bool computingLaComparison() const { return !m_computingYear.isEmpty(); }
    // LA-wide figures from this cache (shared with the LA dashboard; not owned), or computed each time (null).
    void setAnalyticsCache(AnalyticsCache* cache) { m_cache = cache; }

    // What is shown (nullopt before a school is chosen or when loading failed).
    const std::optional<SchoolDashboard>& dashboard() const { return m_dashboard; }
    charts::ChartPanel* panel(const QString& objectName) const;

    // True while the LA comparison for the characteristics is being computed.
    bool laComparisonPending() const { return m_dashboard && m_dashboard->laCharacteristicsPending; }

Q_SIGNALS:
    // The LA characteristics arrived and the panels show them.
    void laComparisonLoaded();
    // "Pupils...": the school's pupils in the last academic year shown.
    void pupilsRequested(qint64 schoolId, QString academicYear);

private:
    void loadSchools();
    void load();
    void fillRangeCombos();
    void redrawCharacteristics();
    void showError(const QString& message);
    // Computes the LA characteristics for the year on a worker thread (its own read-only connection), offers
    // them to the cache, and adds them to the panels when that year's dashboard is waiting for them.
    void startLaCharacteristics(const QString& academicYear);
    void schoolChosen(int index);

    Database& m_db;
    AnalyticsCache* m_cache = nullptr;
    qint64 m_schoolId = 0;
    std::optional<SchoolDashboard> m_dashboard;
    SmallNumberPolicy m_policy;
    bool m_updating = false;
    QString m_computingYear; // the year a worker is computing the LA characteristics for (empty: none)

    QComboBox* m_school;
    QComboBox* m_firstYear;
    QComboBox* m_lastYear;
    QComboBox* m_granularity;
    QPushButton* m_pupils;
    QLabel* m_message;
    school::FiguresStrip* m_strip;
    charts::ChartPanel* m_suspensionTrend;
    charts::ChartPanel* m_exclusionTrend;
    charts::ChartPanel* m_reasons;
    charts::ChartPanel* m_characteristics;
    QComboBox* m_dimension;
    charts::ChartPanel* m_yearGroups;
};

} // namespace casebook
