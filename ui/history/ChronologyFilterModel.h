#pragma once

#include "history/ChronologyGroups.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace casebook {

// Filters one pupil's already-loaded chronology (a ChronologyModel) by group of kinds and by date, and orders it
// newest or oldest first. One pupil's events are few, so this works in memory and never reloads.
class ChronologyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChronologyFilterModel(QObject* parent = nullptr);

    // nullopt: every kind.
    void setGroup(std::optional<ChronologyGroup> group);
    // Events dated from `from` to `to` inclusive; a null date leaves that end open.
    void setDateRange(QDate from, QDate to);
    void setNewestFirst(bool newestFirst);

    std::optional<ChronologyGroup> group() const { return m_group; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool newestFirst() const { return m_newestFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // By date; events on one day keep the order they were loaded in, whichever way the list runs.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<ChronologyGroup> m_group;
    QDate m_from;
    QDate m_to;
    bool m_newestFirst = true;
};

} // namespace casebook
