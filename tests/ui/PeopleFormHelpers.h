#pragma once

// Helpers the people form tests share: typing into date fields, and answering the modal dialogs a form opens.

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace casebook::test {

// Types a date the way an officer does: focus the field (the day is selected) and type the digits, ddmmyyyy.
inline void typeDate(QDateEdit* edit, const QString& ddmmyyyy)
{
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, ddmmyyyy);
}

// Types each character into whatever has the focus at that moment, as a keyboard does (a table cell's editor
// opens on the first key and takes the rest).
inline void typeIntoFocus(const QString& text)
{
    for (QChar c : text) {
        if (QWidget* focus = QApplication::focusWidget()) {
            QTest::keyClicks(focus, QString(c));
        }
    }
}

// Presses a key on whatever has the focus.
inline void pressOnFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (QWidget* focus = QApplication::focusWidget()) {
        QTest::keyClick(focus, key, modifiers);
    }
}

// Types into whatever has the focus, then moves on with Tab.
inline void typeAndTab(const QString& text)
{
    typeIntoFocus(text);
    pressOnFocus(Qt::Key_Tab);
    if (qEnvironmentVariableIsSet("CASEBOOK_DEBUG_FOCUS")) {
        QWidget* now = QApplication::focusWidget();
        qInfo("focus after '%s': %s", qPrintable(text), now ? qPrintable(now->objectName()) : "(none)");
    }
}

// Runs `act` on the next modal dialog that opens (polling, so it works whether the dialog opens at once or after
// other events), and counts how many it saw.
class ModalResponder
{
public:
    explicit ModalResponder(std::function<void(QWidget*)> act) : m_act(std::move(act))
    {
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(10);
        QObject::connect(m_timer.get(), &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal != nullptr && modal != m_ignore && modal->isVisible()) {
                ++m_seen;
                m_title = modal->windowTitle();
                m_timer->stop();
                m_act(modal);
            }
        });
    }

    // Starts watching; a modal that is already open (the form under test) is `ignore`.
    void arm(QWidget* ignore = nullptr)
    {
        m_ignore = ignore;
        m_timer->start();
    }
    int seen() const { return m_seen; }
    const QString& title() const { return m_title; }

private:
    std::function<void(QWidget*)> m_act;
    std::unique_ptr<QTimer> m_timer;
    QWidget* m_ignore = nullptr;
    int m_seen = 0;
    QString m_title;
};

// Clicks the button named `objectName` in a dialog.
inline std::function<void(QWidget*)> clickButton(const QString& objectName)
{
    return [objectName](QWidget* dialog) {
        if (auto* button = dialog->findChild<QAbstractButton*>(objectName)) {
            button->click();
        }
    };
}

// Answers a QMessageBox with `answer`.
inline std::function<void(QWidget*)> answerMessageBox(QMessageBox::StandardButton answer)
{
    return [answer](QWidget* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            box->button(answer)->click();
        }
    };
}

// Saves a picture of `widget` as <CASEBOOK_SCREENSHOT_DIR>/<name> when that variable is set.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (int i = 0; i < 3; ++i) { // let nested layouts settle after the last change
            QApplication::processEvents();
        }
        widget.grab().save(QDir(dir).filePath(name));
    }
}

} // namespace casebook::test
