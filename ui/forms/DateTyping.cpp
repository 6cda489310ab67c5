#include "forms/DateTyping.h"

#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace casebook::forms {

namespace {

constexpr int kDay = 0;
constexpr int kMonth = 1;
constexpr int kYear = 2;
constexpr int kWidth[3] = {2, 2, 4};

QDateTimeEdit::Section sectionOf(int part)
{
    switch (part) {
    case kDay:
        return QDateTimeEdit::DaySection;
    case kMonth:
        return QDateTimeEdit::MonthSection;
    default:
        return QDateTimeEdit::YearSection;
    }
}

bool isSeparator(const QString& text)
{
    return text == QStringLiteral("/") || text == QStringLiteral(".") || text == QStringLiteral("-");
}

} // namespace

DateTyping::DateTyping(QDateEdit* edit) : QObject(edit), m_edit(edit)
{}

void DateTyping::install(QDateEdit* edit)
{
    edit->installEventFilter(new DateTyping(edit));
}

bool DateTyping::notRecorded() const
{
    return !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate();
}

bool DateTyping::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit) {
        return false;
    }
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::MouseButtonPress) {
        if (m_typing) {
            finish();
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const QString text = key->text();
    if (modifiers == Qt::NoModifier && text.size() == 1 && text.at(0).isDigit()) {
        if (!m_typing) {
            if (!notRecorded() && m_edit->currentSection() != QDateTimeEdit::DaySection) {
                return false; // editing the month or year alone: Qt's own typing
            }
            m_typing = true;
            m_base = notRecorded() ? QDate::currentDate() : m_edit->date();
            for (QString& part : m_parts) {
                part.clear();
            }
            m_part = kDay;
        }
        return typeDigit(text.at(0));
    }
    if (m_typing && modifiers == Qt::NoModifier && isSeparator(text)) {
        closePart();
        return true;
    }
    if (m_typing && key->key() == Qt::Key_Backspace && modifiers == Qt::NoModifier) {
        backspace();
        return true;
    }
    if (m_typing) {
        finish(); // any other key (Tab, Enter, an arrow) ends the typing and then does its usual job
    }
    if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && !m_edit->specialValueText().isEmpty()) {
        const auto* line = m_edit->findChild<QLineEdit*>();
        const bool allSelected = line != nullptr && line->hasSelectedText() && line->selectedText() == line->text();
        if (modifiers == Qt::ControlModifier || allSelected) {
            m_edit->setDate(m_edit->minimumDate());
            return true;
        }
    }
    return false;
}

bool DateTyping::typeDigit(QChar digit)
{
    QString& part = m_parts[m_part];
    const QString next = part + digit;
    const int value = next.toInt();
    if (m_part == kDay || m_part == kMonth) {
        const int most = m_part == kDay ? 31 : 12;
        if (next.size() == 1 && value * 10 > most) {
            part = QLatin1Char('0') + next; // 4 can only be 04 as a day; 2 only 02 as a month
        } else if (next.size() == 2 && (value < 1 || value > most)) {
            return true; // no such day or month: the digit is refused
        } else {
            part = next;
        }
    } else {
        part = next;
    }
    if (part.size() == kWidth[m_part]) {
        if (m_part == kYear) {
            finish();
            return true;
        }
        ++m_part;
    }
    show();
    return true;
}

void DateTyping::closePart()
{
    QString& part = m_parts[m_part];
    if (part.isEmpty() || m_part == kYear) {
        return;
    }
    part = part.rightJustified(2, QLatin1Char('0'));
    ++m_part;
    show();
}

void DateTyping::backspace()
{
    while (m_part > kDay && m_parts[m_part].isEmpty()) {
        --m_part;
    }
    m_parts[m_part].chop(1);
    show();
}

QDate DateTyping::typedDate(bool final) const
{
    const int month = m_parts[kMonth].toInt() > 0 ? m_parts[kMonth].toInt() : m_base.month();
    int year = m_base.year();
    if (m_parts[kYear].size() == 4) {
        year = m_parts[kYear].toInt();
    } else if (final && m_parts[kYear].size() == 2) {
        year = 2000 + m_parts[kYear].toInt();
    }
    const int typedDay = m_parts[kDay].toInt() > 0 ? m_parts[kDay].toInt() : m_base.day();
    // Until the month and year are known a day may not fit the month shown (31 in November): show the last day.
    const int day = std::min(typedDay, QDate(year, month, 1).daysInMonth());
    return {year, month, day};
}

void DateTyping::show()
{
    m_edit->setDate(typedDate(false));
    m_edit->setSelectedSection(sectionOf(m_part));
}

void DateTyping::finish()
{
    m_typing = false;
    if (m_parts[kDay].isEmpty()) {
        return;
    }
    m_edit->setDate(typedDate(true));
    m_edit->setSelectedSection(QDateTimeEdit::YearSection);
}

} // namespace casebook::forms
