#include "history/ChronologyFilterModel.h"

#include "pupilrecord/ChronologyModel.h"

namespace casebook {

ChronologyFilterModel::ChronologyFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(ChronologyModel::Date, Qt::DescendingOrder);
}

void ChronologyFilterModel::setGroup(std::optional<ChronologyGroup> group)
{
    m_group = group;
    invalidateFilter();
}

void ChronologyFilterModel::setDateRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void ChronologyFilterModel::setNewestFirst(bool newestFirst)
{
    m_newestFirst = newestFirst;
    sort(ChronologyModel::Date, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool ChronologyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_group) {
        const auto group = chronologyGroupOf(index.data(ChronologyModel::KindRole).toString());
        if (!group || *group != *m_group) {
            return false;
        }
    }
    const QDate date = index.data(ChronologyModel::DateRole).toDate();
    if (m_from.isValid() && (!date.isValid() || date < m_from)) {
        return false;
    }
    return !(m_to.isValid() && (!date.isValid() || date > m_to));
}

bool ChronologyFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QDate a = left.data(ChronologyModel::DateRole).toDate();
    const QDate b = right.data(ChronologyModel::DateRole).toDate();
    if (a != b) {
        return a < b;
    }
    // Qt reverses the answer for a descending sort: answer so that ties stay in loaded order either way.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace casebook
