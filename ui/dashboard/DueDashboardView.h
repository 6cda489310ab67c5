#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace casebook {

class Database;
class DueDeadlinesModel;
struct AlertJobResult;

// "Due and overdue": every open statutory deadline and alert across all pupils, sortable, each row opening
// the pupil. Computed by the statutory rules when shown and on Refresh (F5), on a worker thread with its own
// read-only connection, so the window stays responsive on a large database.
class DueDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DueDashboardView(Database& db, QWidget* parent = nullptr);

    // Starts recomputing for `onDate` (today when null); `refreshed` follows when the rows are shown. A newer
    // refresh supersedes one still running.
    void refresh(QDate onDate = {});
    bool isRefreshing() const { return m_running > 0; }

Q_SIGNALS:
    void pupilActivated(qint64 pupilId);
    // The same activation, naming the record the deadline is about (a RecordKind from rules/Deadline.h).
    void recordActivated(qint64 pupilId, int recordKind, qint64 recordId);
    void refreshed();

private:
    void applyFilter();
    void showResult(QDate on, const AlertJobResult& result);

    Database& m_db;
    QDate m_onDate;
    int m_generation = 0;
    int m_running = 0;
    QCheckBox* m_overdueOnly;
    QTableView* m_table;
    QLabel* m_status;
    DueDeadlinesModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace casebook
