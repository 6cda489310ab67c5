#include "pupils/PupilSearchModel.h"

namespace casebook {

void PupilSearchModel::setRows(QVector<PupilSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PupilSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PupilSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PupilSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const PupilSummary& p = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return p.name;
        case Upn:
            return p.upn.isEmpty() ? tr("(none)") : p.upn;
        case DateOfBirth:
            return p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
        case School:
            return p.currentSchool.isEmpty() ? tr("(not on a roll)") : p.currentSchool;
        default:
            break;
        }
    }
    if (role == Qt::UserRole) {
        return p.id;
    }
    return {};
}

QVariant PupilSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Upn:
        return tr("UPN");
    case DateOfBirth:
        return tr("Date of birth");
    case School:
        return tr("Current school");
    default:
        return {};
    }
}

} // namespace casebook
