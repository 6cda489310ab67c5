#pragma once

// Keyboard helpers for the support and placement form tests: keys go to whichever widget has the focus, as an
// officer's keystrokes would.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace casebook::test::keys {

// Shows the dialog and waits until it has the keyboard.
inline void open(QDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

// Types text into the focused widget.
inline void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

inline void tab()
{
    press(Qt::Key_Tab);
}

// Types into the focused field, then moves to the next one.
inline void typeAndTab(const QString& text)
{
    type(text);
    tab();
}

// Answers the next modal question (a warning to confirm) with `button`, and records its text in `seen`.
inline void answerNextQuestion(QMessageBox::StandardButton button, QString* seen = nullptr)
{
    QTimer::singleShot(0, [button, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) {
            return;
        }
        if (seen != nullptr) {
            *seen = box->text();
        }
        box->button(button)->click();
    });
}

} // namespace casebook::test::keys
