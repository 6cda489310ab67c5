#include "panel/MeetingListModel.h"

#include "calendar/UkDate.h"

namespace casebook {

void MeetingListModel::setRows(std::vector<PanelMeetingSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == meetingId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::statusLabel(const QString& status)
{
    if (status == QStringLiteral("planned")) {
        return tr("Planned");
    }
    if (status == QStringLiteral("held")) {
        return tr("Held");
    }
    if (status == QStringLiteral("cancelled")) {
        return tr("Cancelled");
    }
    return status;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const PanelMeetingSummary& m = m_rows.at(static_cast<size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return ukDate(m.meetingDate);
        case Location:
            return m.location;
        case Status:
            return statusLabel(m.status);
        case Referrals:
            if (m.referrals == 0) {
                return tr("none");
            }
            return m.decided == 0 ? QString::number(m.referrals)
                                  : tr("%1 (%2 decided)").arg(m.referrals).arg(m.decided);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Referrals) {
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) {
        return m.id;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Location:
        return tr("Location");
    case Status:
        return tr("Status");
    case Referrals:
        return tr("Referrals");
    default:
        return {};
    }
}

} // namespace casebook
