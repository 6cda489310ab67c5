#pragma once

#include "analytics/SmallNumbers.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace casebook {

class AnalyticsCache;
class Database;
class LaDashboardView;
class SchoolDashboardView;

// The Trends tab: the LA dashboard and one school's dashboard, side by side as two pages. A school chosen on
// the LA page (Enter) opens on the school page; "Pupils..." on either lists the school's pupils, and a pupil
// chosen there opens in the main window. Nothing is loaded until the tab is first shown.
class TrendsView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsView(Database& db, QWidget* parent = nullptr);
    ~TrendsView() override;

    // Loads the LA page the first time; later calls keep what is shown.
    void activate();
    // Brings the other page forward (Ctrl+T again while on the Trends tab).
    void switchPage();
    void showLa();
    void showSchool(qint64 schoolId, const QString& academicYear = {});
    // Reads the small-number setting again and applies it to both pages.
    void reloadSmallNumberPolicy();
    // Lists the school's pupils for the year in a dialog (refused while small numbers are hidden).
    void showPupils(qint64 schoolId, const QString& academicYear);

    LaDashboardView* laDashboard() const { return m_la; }
    SchoolDashboardView* schoolDashboard() const { return m_school; }
    bool showsLa() const;

Q_SIGNALS:
    void pupilActivated(qint64 pupilId);

private:
    Database& m_db;
    std::unique_ptr<AnalyticsCache> m_cache; // the LA-wide figures both pages share
    QTabWidget* m_pages;
    LaDashboardView* m_la;
    SchoolDashboardView* m_school;
    SmallNumberPolicy m_policy;
    bool m_loaded = false;
};

} // namespace casebook
