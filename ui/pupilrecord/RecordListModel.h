#pragma once

#include "caserecords/RecordListRepository.h"

#include <QAbstractTableModel>

namespace casebook {

// One tab of a pupil's records: dates as dd/mm/yyyy, stored ids in plain words, voided rows struck out.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1,
        KindRole, // CaseRecordKind as int
        VoidedRole,
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setList(RecordList list);
    const RecordListRow& rowAt(int row) const { return m_list.rows.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "managed_move" -> "Managed move"; other text unchanged.
    static QString plainWords(const QString& text);

private:
    RecordList m_list;
};

} // namespace casebook
