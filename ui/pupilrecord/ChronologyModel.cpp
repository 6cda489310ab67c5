#include "pupilrecord/ChronologyModel.h"

#include "ChronologyText.h"
#include "calendar/UkDate.h"

#include <QHash>

namespace casebook {

void ChronologyModel::setEvents(QVector<ChronologyEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

// The screen and the history PDF say the same thing in the same words (ui/printing/ChronologyText).
QString ChronologyModel::kindLabel(const QString& kind)
{
    return printing::chronologyKindLabel(kind);
}

QString ChronologyModel::detailText(const ChronologyEvent& e)
{
    return printing::chronologyDetail(e);
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ChronologyEvent& e = m_events.at(index.row());
    switch (role) {
    case DateRole:
        return e.date;
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case RecordIdRole:
        return e.recordId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return ukDate(e.date);
    case Event:
        return kindLabel(e.kind);
    case School:
        return e.schoolName;
    case Detail:
        return detailText(e);
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Event:
        return tr("Event");
    case School:
        return tr("School");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace casebook
