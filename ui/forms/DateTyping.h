#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QDateEdit;

namespace casebook::forms {

// Typing a date as digits into a dd/mm/yyyy field, reliably. Qt 6.4's date field checks each section
// against the date already shown, so typing 31102024 over a November date gives 30/10/2024 and 30012024
// over a February date gives 03/01/2024. Here the digits typed from the day onwards are collected and the
// date is built from them once the day, month and year are known: 31102024 is 31/10/2024 whatever the
// field showed. "/", "." or "-" closes a part early (3/9/2024), Backspace takes back a digit, and a
// two-digit year means 20yy. An optional field showing "not recorded" starts on today's month and year
// when the officer types; Ctrl+Delete, or Delete with the whole date selected, makes it "not recorded"
// again.
class DateTyping : public QObject
{
    Q_OBJECT

public:
    // Installs the behaviour on `edit` (owned by it).
    static void install(QDateEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DateTyping(QDateEdit* edit);
    bool typeDigit(QChar digit);
    void closePart();
    void backspace();
    // Shows the date typed so far and selects the part the next digit goes into.
    void show();
    // Sets the date typed and stops collecting digits.
    void finish();
    QDate typedDate(bool final) const;
    bool notRecorded() const;

    QDateEdit* m_edit;
    bool m_typing = false;
    QDate m_base;       // supplies the month and year until they are typed
    QString m_parts[3]; // day, month, year digits
    int m_part = 0;
};

} // namespace casebook::forms
