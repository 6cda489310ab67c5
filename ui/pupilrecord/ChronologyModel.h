#pragma once

#include "chronology/ChronologyRepository.h"

#include <QAbstractTableModel>

namespace casebook {

// A pupil's chronology: one dated event per row.
class ChronologyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Event,
        School,
        Detail,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QVector<ChronologyEvent> events);

    // What an event kind is called on screen.
    static QString kindLabel(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString detailText(const ChronologyEvent& e);

    QVector<ChronologyEvent> m_events;
};

} // namespace casebook
