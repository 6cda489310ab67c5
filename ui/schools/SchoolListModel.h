#pragma once

#include "repositories/SchoolRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace casebook {

// Schools matching the browser's filter (limited in SQL).
class SchoolListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Urn,
        Phase,
        Locality,
        Roll,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<SchoolRepository::Row> rows);
    const SchoolRepository::Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SchoolRepository::Row> m_rows;
};

} // namespace casebook
