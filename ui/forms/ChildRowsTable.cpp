#include "forms/ChildRowsTable.h"

#include "forms/FormSupport.h"

#include "calendar/UkDate.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

#include <algorithm>

namespace casebook::forms {

namespace {

// Shows dates as dd/mm/yyyy and edits them with the forms' date field.
class DateDelegate : public QStyledItemDelegate
{
public:
    DateDelegate(bool optional, QObject* parent) : QStyledItemDelegate(parent), m_optional(optional) {}

    QString displayText(const QVariant& value, const QLocale& /*locale*/) const override
    {
        return ukDate(value.toDate());
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                          const QModelIndex& index) const override
    {
        const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        QDateEdit* edit = makeDateEdit(parent, QStringLiteral("cellDateEdit"), header, m_optional);
        edit->setCalendarPopup(false); // the pop-up would steal the cell's focus; arrows and digits work
        return edit;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = static_cast<QDateEdit*>(editor);
        const QDate date = index.data(Qt::EditRole).toDate();
        if (m_optional) {
            setOptionalDate(edit, date);
        } else {
            edit->setDate(date.isValid() ? date : QDate::currentDate());
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const auto* edit = static_cast<QDateEdit*>(editor);
        const QDate date = m_optional ? optionalDate(edit) : edit->date();
        model->setData(index, date.isValid() ? QVariant(date) : QVariant(), Qt::EditRole);
    }

private:
    bool m_optional;
};

} // namespace

ChildRowsTable::ChildRowsTable(const std::vector<Column>& columns, QWidget* parent)
    : QTableWidget(0, static_cast<int>(columns.size()), parent), m_columns(columns)
{
    QStringList titles;
    for (const Column& c : columns) {
        titles << c.title;
    }
    setHorizontalHeaderLabels(titles);
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    verticalHeader()->setVisible(true);
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
        const Column& column = columns.at(static_cast<size_t>(c));
        if (column.kind != Kind::Text) {
            setItemDelegateForColumn(c, new DateDelegate(column.kind == Kind::OptionalDate, this));
        }
        if (column.width > 0) {
            horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
            setColumnWidth(c, column.width);
        } else {
            horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
        }
    }
    connect(this, &QTableWidget::itemChanged, this, &ChildRowsTable::rowsChanged);
}

int ChildRowsTable::appendRow(qint64 id)
{
    QSignalBlocker block(this);
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < columnCount(); ++c) {
        auto* item = new QTableWidgetItem;
        if (c == 0) {
            item->setData(Qt::UserRole, id);
        }
        setItem(row, c, item);
    }
    block.unblock();
    Q_EMIT rowsChanged();
    return row;
}

void ChildRowsTable::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    removeRow(row);
    if (rowCount() > 0) {
        setCurrentCell(std::min(row, rowCount() - 1), std::max(0, currentColumn()));
    }
    Q_EMIT rowsChanged();
}

void ChildRowsTable::startEditing(int row, int column)
{
    setFocus();
    setCurrentCell(row, column);
    editItem(item(row, column));
}

qint64 ChildRowsTable::rowId(int row) const
{
    const QTableWidgetItem* first = item(row, 0);
    return first != nullptr ? first->data(Qt::UserRole).toLongLong() : 0;
}

QString ChildRowsTable::text(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell != nullptr ? cell->text().trimmed() : QString();
}

QDate ChildRowsTable::date(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell != nullptr ? cell->data(Qt::EditRole).toDate() : QDate();
}

void ChildRowsTable::setText(int row, int column, const QString& text)
{
    item(row, column)->setText(text);
}

void ChildRowsTable::setDate(int row, int column, QDate date)
{
    item(row, column)->setData(Qt::EditRole, date.isValid() ? QVariant(date) : QVariant());
}

void ChildRowsTable::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier && state() != EditingState) {
        removeCurrentRow();
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace casebook::forms
