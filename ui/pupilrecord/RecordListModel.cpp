#include "pupilrecord/RecordListModel.h"

#include "calendar/UkDate.h"

#include <QBrush>
#include <QFont>
#include <QRegularExpression>

namespace casebook {

void RecordListModel::setList(RecordList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.headers.size());
}

QString RecordListModel::plainWords(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("^[a-z]+(_[a-z0-9]+)*$"));
    if (!id.match(text).hasMatch()) {
        return text;
    }
    QString words = text;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words[0] = words[0].toUpper();
    // Initialisms stay in capitals.
    for (const char* upper : {"ehe", "cme", "camhs", "ehc", "la", "ap", "psp"}) {
        const QString word = QString::fromLatin1(upper);
        words.replace(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(word), QRegularExpression::CaseInsensitiveOption),
            word.toUpper());
    }
    return words;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const RecordListRow& row = rowAt(index.row());
    const QVariant& cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (cell.typeId() == QMetaType::QDate) {
            return ukDate(cell.toDate());
        }
        if (cell.typeId() == QMetaType::Double) {
            return QString::number(cell.toDouble(), 'g', 4);
        }
        return plainWords(cell.toString());
    case Qt::ToolTipRole:
        return cell.typeId() == QMetaType::QString && cell.toString().size() > 40 ? cell : QVariant();
    case SortRole:
        return cell;
    case Qt::FontRole:
        if (row.voided) {
            QFont font;
            font.setStrikeOut(index.column() + 1 < columnCount());
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return row.voided ? QBrush(Qt::gray) : QVariant();
    case RecordIdRole:
        return row.id;
    case KindRole:
        return static_cast<int>(row.kind);
    case VoidedRole:
        return row.voided;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return {};
    }
    return m_list.headers.at(section);
}

} // namespace casebook
