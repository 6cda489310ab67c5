#pragma once

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QObject>

namespace casebook {

// Makes Enter/Return on an item view emit activated(currentIndex) on every platform and style, so a row
// can always be opened from the keyboard.
class ActivateOnEnter : public QObject
{
public:
    static void install(QAbstractItemView* view) { view->installEventFilter(new ActivateOnEnter(view)); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            auto* view = qobject_cast<QAbstractItemView*>(watched);
            if (view != nullptr && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                view->currentIndex().isValid()) {
                Q_EMIT view->activated(view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit ActivateOnEnter(QObject* parent) : QObject(parent) {}
};

} // namespace casebook
