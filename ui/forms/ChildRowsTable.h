#pragma once

#include <QDate>
#include <QTableWidget>

#include <vector>

namespace casebook::forms {

// An editable table of a record's child rows (a plan's reviews, a referral's actions) inside a form.
// Keyboard first: Tab leaves the table (arrows move between cells), typing or F2 edits a cell, Enter ends
// the edit, Del removes the current row. Date cells show dd/mm/yyyy and edit with the forms' date field.
// Each row remembers the database id of the child it shows (0 for a new one).
class ChildRowsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Text,
        Date,         // required: editing starts on today when empty
        OptionalDate, // may stay "not recorded"
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        int width = 0; // 0: stretch to fill
    };

    ChildRowsTable(const std::vector<Column>& columns, QWidget* parent);

    // Adds an empty row at the end; its index.
    int appendRow(qint64 id = 0);
    // Removes the current row, if any, and makes a neighbour current.
    void removeCurrentRow();
    // Makes the cell current, gives the table focus and opens the cell's editor.
    void startEditing(int row, int column);

    qint64 rowId(int row) const;
    QString text(int row, int column) const;
    QDate date(int row, int column) const;
    void setText(int row, int column, const QString& text);
    void setDate(int row, int column, QDate date);

Q_SIGNALS:
    // A cell changed or a row was added or removed.
    void rowsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::vector<Column> m_columns;
};

} // namespace casebook::forms
