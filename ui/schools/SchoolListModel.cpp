#include "schools/SchoolListModel.h"

namespace casebook {

void SchoolListModel::setRows(QVector<SchoolRepository::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SchoolListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SchoolListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const SchoolRepository::Row& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return r.school.name;
        case Urn:
            return r.school.urn;
        case Phase:
            return phaseLabel(r.school.phase);
        case Locality:
            return r.school.locality;
        case Roll:
            return r.latestRoll < 0 ? tr("no census") : tr("%1 (%2)").arg(r.latestRoll).arg(r.latestRollYear);
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Roll) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) {
        return r.school.id;
    }
    return {};
}

QVariant SchoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("School");
    case Urn:
        return tr("URN");
    case Phase:
        return tr("Phase");
    case Locality:
        return tr("Locality");
    case Roll:
        return tr("Number on roll");
    default:
        return {};
    }
}

} // namespace casebook
