#pragma once

#include "domain/Pupil.h"

#include <QAbstractTableModel>
#include <QVector>

namespace casebook {

// The rows of one pupil search (already limited in SQL).
class PupilSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Upn,
        DateOfBirth,
        School,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<PupilSummary> rows);
    const PupilSummary& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PupilSummary> m_rows;
};

} // namespace casebook
