#include "forms/TypeableDates.h"

#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>

namespace casebook::forms {

namespace {

class NotRecordedTyping : public QObject
{
public:
    explicit NotRecordedTyping(QDateEdit* edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool digit = key->text().size() == 1 && key->text().at(0).isDigit();
            if (digit && !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate()) {
                m_edit->setDate(QDate::currentDate());
                m_edit->setSelectedSection(QDateTimeEdit::DaySection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit* m_edit;
};

} // namespace

void letTypingReplaceNotRecorded(QDateEdit* edit)
{
    edit->installEventFilter(new NotRecordedTyping(edit));
}

} // namespace casebook::forms
