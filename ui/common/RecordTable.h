#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace casebook {

// A read-only table of records as every list in Casebook shows one: whole rows selected one at a time, alternating
// rows, no word wrap, Tab leaving the table (not moving between cells), no row numbers, columns sized to their
// contents with the last one stretched. `accessibleName` is what a screen reader announces.
QTableView* makeRecordTable(QWidget* parent, const QString& objectName, const QString& accessibleName);

} // namespace casebook
