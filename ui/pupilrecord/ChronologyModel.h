#pragma once

#include "chronology/ChronologyRepository.h"

#include <QAbstractTableModel>

namespace casebook {

// A pupil's chronology: one dated event per row. Besides the text, every cell answers the roles below so a
// filter can sort by date and group by kind, and a view can open the event's record.
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
    enum Role
    {
        DateRole = Qt::UserRole + 1, // QDate
        KindRole,                    // ChronologyEvent::kind
        SourceRole,                  // ChronologyEvent::source (the record's table)
        RecordIdRole,                // qint64
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QVector<ChronologyEvent> events);
    const QVector<ChronologyEvent>& events() const { return m_events; }

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
