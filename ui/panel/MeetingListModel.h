#pragma once

#include "panel/PanelMeeting.h"

#include <QAbstractTableModel>

#include <vector>

namespace casebook {

// The panel's meetings, newest first, as the meetings view lists them.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Location,
        Status,
        Referrals,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<PanelMeetingSummary> rows);
    const PanelMeetingSummary& rowAt(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    // The row showing the meeting, or -1.
    int rowOf(qint64 meetingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Planned", "Held", "Cancelled".
    static QString statusLabel(const QString& status);

private:
    std::vector<PanelMeetingSummary> m_rows;
};

} // namespace casebook
