#pragma once

// Keyboard helpers for the support and placement form tests: keys go to whichever widget has the focus, as an
// officer's keystrokes would.

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace casebook::test::placementkeys {

// Shows the dialog and waits until it has the keyboard.
inline void open(QDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

// The widget with the keyboard focus (waiting a moment for one, as focus moves with window activation).
inline QWidget* focused()
{
    (void)QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000);
    return QApplication::focusWidget();
}

// Types text into the focused widget.
inline void type(const QString& text)
{
    QWidget* widget = focused();
    if (widget == nullptr) {
        ADD_FAILURE() << "nothing has the keyboard focus";
        return;
    }
    QTest::keyClicks(widget, text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* widget = focused();
    if (widget == nullptr) {
        ADD_FAILURE() << "nothing has the keyboard focus";
        return;
    }
    QTest::keyClick(widget, key, modifiers);
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

// Gives the keyboard back to the form after a question box closed (a window manager would; the offscreen
// platform does not). The form's last focused field has the focus again.
inline void backTo(QDialog& dialog)
{
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
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

// Every label with a mnemonic (&) leads to a field, every mnemonic in the form is different, and Alt with each
// letter moves the focus to that label's field.
inline void expectMnemonicsLeadToFields(QDialog& dialog)
{
    QSet<QChar> used;
    auto letterOf = [](const QString& text) {
        const int at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        const QChar letter = letterOf(label->text());
        if (letter.isNull()) {
            continue;
        }
        EXPECT_FALSE(used.contains(letter)) << "mnemonic used twice: " << label->text().toStdString();
        used.insert(letter);
        ASSERT_NE(label->buddy(), nullptr) << label->text().toStdString();
        QTest::keyClick(&dialog, letter.toLatin1(), Qt::AltModifier);
        EXPECT_EQ(QApplication::focusWidget(), label->buddy()) << label->text().toStdString();
    }
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        const QChar letter = letterOf(box->text());
        EXPECT_FALSE(letter.isNull()) << box->text().toStdString();
        EXPECT_FALSE(used.contains(letter)) << "mnemonic used twice: " << box->text().toStdString();
        used.insert(letter);
    }
    EXPECT_GE(used.size(), 5);
}

} // namespace casebook::test::placementkeys
