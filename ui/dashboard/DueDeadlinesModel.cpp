#include "dashboard/DueDeadlinesModel.h"

#include "calendar/UkDate.h"

#include <QBrush>
#include <QColor>

namespace casebook {

void DueDeadlinesModel::setRows(std::vector<AlertRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DueDeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DueDeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueDeadlinesModel::statusText(const Deadline& d)
{
    QString text;
    if (isAlert(d.kind)) {
        text = tr("Alert");
    } else if (d.overdue) {
        text = tr("Overdue");
    } else {
        text = tr("Due");
    }
    if (d.estimated) {
        text += tr(" (estimated)");
    }
    return text;
}

QVariant DueDeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const AlertRow& r = m_rows.at(static_cast<size_t>(index.row()));
    const Deadline& d = r.deadline;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case Due:
            return role == SortRole ? QVariant(d.due.toString(Qt::ISODate)) : QVariant(ukDate(d.due));
        case Status:
            return statusText(d);
        case OwedBy:
            return partyLabel(d.owedBy);
        case Pupil:
            return r.pupilName;
        case Upn:
            return r.upn;
        case School:
            return r.schoolName;
        case What:
            return d.description;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && d.overdue && index.column() == Status) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == PupilIdRole) {
        return r.pupilId;
    }
    return {};
}

QVariant DueDeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case OwedBy:
        return tr("Owed by");
    case Pupil:
        return tr("Pupil");
    case Upn:
        return tr("UPN");
    case School:
        return tr("School");
    case What:
        return tr("What is due");
    default:
        return {};
    }
}

} // namespace casebook
