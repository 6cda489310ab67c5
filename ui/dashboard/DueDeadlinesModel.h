#pragma once

#include "services/AlertService.h"

#include <QAbstractTableModel>

#include <vector>

namespace casebook {

// Every open statutory deadline and alert, one row each (the "Due and overdue" dashboard).
class DueDeadlinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        Status,
        OwedBy,
        Pupil,
        Upn,
        School,
        What,
        ColumnCount
    };
    // Sort key for the Due column (ISO date), so the proxy sorts by date, not by the dd/mm/yyyy text.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PupilIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<AlertRow> rows);
    const AlertRow& rowAt(int row) const { return m_rows.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Deadline& d);

private:
    std::vector<AlertRow> m_rows;
};

} // namespace casebook
