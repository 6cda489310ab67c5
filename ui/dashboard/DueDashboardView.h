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

// "Due and overdue": every open statutory deadline and alert across all pupils, sortable, each row opening
// the pupil. Computed by the statutory rules when shown and on Refresh (F5).
class DueDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DueDashboardView(Database& db, QWidget* parent = nullptr);

    // Recomputes for `onDate` (today when null).
    void refresh(QDate onDate = {});

Q_SIGNALS:
    void pupilActivated(qint64 pupilId);

private:
    void applyFilter();

    Database& m_db;
    QDate m_onDate;
    QCheckBox* m_overdueOnly;
    QTableView* m_table;
    QLabel* m_status;
    DueDeadlinesModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace casebook
