#include "forms/KeyboardEntry.h"

#include "forms/FormSupport.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QSpinBox>

#include <algorithm>
#include <functional>

namespace casebook::forms {

namespace {

class FieldKeys : public QObject
{
public:
    FieldKeys(QWidget* field, std::function<bool()> isNotRecorded, std::function<void()> startValue, bool tabLeaves)
        : QObject(field), m_field(field), m_isNotRecorded(std::move(isNotRecorded)),
          m_startValue(std::move(startValue)), m_tabLeaves(tabLeaves)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_field || event->type() != QEvent::KeyPress) {
            return QObject::eventFilter(watched, event);
        }
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text().size() == 1 && key->text().at(0).isDigit() && m_isNotRecorded()) {
            m_startValue();
        }
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (m_tabLeaves && tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
            m_field->parentWidget() != nullptr) {
            // The parent moves the focus on from this field, as it does for fields that do not handle Tab.
            QKeyEvent moveOn(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_field->parentWidget(), &moveOn);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_field;
    std::function<bool()> m_isNotRecorded;
    std::function<void()> m_startValue;
    bool m_tabLeaves;
};

} // namespace

void makeKeyboardFriendly(QDateEdit* edit)
{
    edit->installEventFilter(new FieldKeys(
        edit, [edit] { return !edit->specialValueText().isEmpty() && edit->date() == edit->minimumDate(); },
        [edit] {
            edit->setDate(QDate::currentDate());
            edit->setSelectedSection(QDateTimeEdit::DaySection);
        },
        true));
}

void makeKeyboardFriendly(QSpinBox* spin)
{
    spin->installEventFilter(new FieldKeys(
        spin, [spin] { return !spin->specialValueText().isEmpty() && spin->value() == spin->minimum(); },
        [spin] {
            spin->setValue(std::max(0, spin->minimum() + 1));
            spin->selectAll();
        },
        false));
}

QDateEdit* makeOptionalDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    QDateEdit* edit = makeDateEdit(parent, objectName, accessibleName, true);
    makeKeyboardFriendly(edit);
    return edit;
}

QDateEdit* makeRequiredDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    QDateEdit* edit = makeDateEdit(parent, objectName, accessibleName, false);
    makeKeyboardFriendly(edit);
    return edit;
}

} // namespace casebook::forms
