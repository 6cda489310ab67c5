#pragma once

#include <QString>

class QDateEdit;
class QSpinBox;
class QWidget;

namespace casebook::forms {

// Fixes for typing into Qt 6.4's date and number fields, so a form can be filled from the keyboard alone.
//
// A field that shows "not recorded" (its special value text) ignores typed digits: the text is not replaced.
// Here the first digit typed starts a value: a date field takes today's date with the day selected, so
// "01052011" gives 01/05/2011; a number field takes 0, selected. Leaving without typing keeps "not recorded".
//
// Tab in a date field moves between day, month and year (and does nothing while it shows "not recorded"),
// so tabbing through a form stalls there. Here Tab and Shift+Tab leave the field like any other; typing still
// moves through day, month and year.
void makeKeyboardFriendly(QDateEdit* edit);
void makeKeyboardFriendly(QSpinBox* spin);

// forms::makeDateEdit, made keyboard friendly.
QDateEdit* makeOptionalDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName);
QDateEdit* makeRequiredDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName);

} // namespace casebook::forms
