#pragma once

// Keyboard helpers for the planning form tests (PSP, PIP referral, case note): keys go where an officer's
// would, to whichever widget has focus.

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

namespace casebook::test::keys {

// The widget with keyboard focus, waiting briefly when there is none (a closed message box hands focus back
// to the form a moment later).
inline QWidget* focused()
{
    if (QApplication::focusWidget() == nullptr) {
        (void)QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000);
    }
    return QApplication::focusWidget();
}

// Presses a key in the focused widget and lets queued work (an item view committing an edit) run.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    QApplication::processEvents();
}

// Types text one key at a time into whichever widget has focus (an item view's editor opens on the first).
inline void type(const QString& text)
{
    for (const QChar c : text) {
        QTest::keyClick(focused(), c.toLatin1());
    }
    QApplication::processEvents();
}

// Tabs `times` times.
inline void tab(int times = 1)
{
    for (int i = 0; i < times; ++i) {
        press(Qt::Key_Tab);
    }
}

// Presses Alt+letter (a mnemonic) and waits until `done` (buttons click after a short animation); false when
// it never was.
[[nodiscard]] inline bool alt(Qt::Key letter, const std::function<bool()>& done)
{
    QTest::keyClick(focused(), letter, Qt::AltModifier);
    const bool ok = QTest::qWaitFor(done, 1000);
    QApplication::processEvents();
    return ok;
}

// The objectName of the focused widget (its parent's, for an editor inside a spin box or item view).
inline QString focusedName()
{
    QWidget* w = focused();
    return w == nullptr ? QString() : w->objectName();
}

// Answers the next question box (a warning's "Record anyway?") with `answer` once it opens.
inline void answerNextQuestion(QMessageBox::StandardButton answer)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(answer)->click();
        }
    });
    timer->start();
}

// Makes the form the active window again after a message box closed (the offscreen platform does not hand
// activation back by itself); false when it never became active.
[[nodiscard]] inline bool backTo(QWidget& form)
{
    form.activateWindow();
    return QTest::qWaitForWindowActive(&form);
}

// Saves the dialog's picture as <dir>/<name> when CASEBOOK_SCREENSHOT_DIR is set.
inline void screenshot(QWidget& dialog, const QString& name)
{
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(name));
    }
}

} // namespace casebook::test::keys
