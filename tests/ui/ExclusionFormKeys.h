#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace casebook::test {

// What happened to the message box a form opened while saving.
struct MessageBoxSeen
{
    bool shown = false;
    QString text;
};

// Answers the next message box that opens (a warning's "Record anyway?") with `button`, and records it.
// Call before the key press that saves.
inline std::shared_ptr<MessageBoxSeen> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto seen = std::make_shared<MessageBoxSeen>();
    QTimer::singleShot(0, [seen, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) {
            return;
        }
        seen->shown = true;
        seen->text = box->text();
        box->button(button)->click();
    });
    return seen;
}

// Presses Tab in the focused widget and checks the focus moved to the widget named `expected`.
inline void tabTo(const char* expected)
{
    QWidget* from = QApplication::focusWidget();
    ASSERT_NE(from, nullptr);
    QTest::keyClick(from, Qt::Key_Tab);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QLatin1String(expected))
        << "Tab from " << from->objectName().toStdString();
}

// Types into the focused widget.
inline void type(const QString& keys)
{
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClicks(QApplication::focusWidget(), keys);
}

// Presses a key (with modifiers) in the focused widget.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// The Alt+letter shortcuts that more than one visible control answers to: field labels (with a buddy), buttons,
// check boxes and tab titles. With `tabs`, each tab is checked in turn (a hidden tab's labels do not answer).
inline QStringList clashingMnemonics(QWidget* dialog, QTabWidget* tabs = nullptr)
{
    QStringList clashes;
    const int pages = tabs == nullptr ? 1 : tabs->count();
    for (int page = 0; page < pages; ++page) {
        if (tabs != nullptr) {
            tabs->setCurrentIndex(page);
        }
        QMap<QString, QStringList> owners;
        const auto add = [&](const QString& text) {
            const QString key = QKeySequence::mnemonic(text).toString();
            if (!key.isEmpty()) {
                owners[key] << text;
            }
        };
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->buddy() != nullptr && label->isVisibleTo(dialog)) {
                add(label->text());
            }
        }
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(dialog)) {
                add(button->text());
            }
        }
        if (tabs != nullptr) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                add(tabs->tabText(tab));
            }
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1) {
                clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" / "));
            }
        }
    }
    return clashes;
}

// Every visible field of the dialog whose label gives no Alt+letter, or that has no accessible name.
inline QStringList unlabelledFields(QWidget* dialog)
{
    QStringList missing;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        const bool field = widget->focusPolicy() != Qt::NoFocus && !widget->objectName().isEmpty() &&
                           !widget->objectName().startsWith(QStringLiteral("qt_")) &&
                           qobject_cast<QTabBar*>(widget) == nullptr && qobject_cast<QTabWidget*>(widget) == nullptr &&
                           widget->parentWidget() != nullptr && !widget->parentWidget()->inherits("QAbstractSpinBox") &&
                           !widget->parentWidget()->inherits("QComboBox");
        if (!field) {
            continue;
        }
        if (widget->accessibleName().isEmpty() && qobject_cast<QAbstractButton*>(widget) == nullptr) {
            missing << widget->objectName() + QStringLiteral(" (no accessible name)");
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (QKeySequence::mnemonic(button->text()).isEmpty() &&
                !widget->objectName().endsWith(QStringLiteral("Button"))) {
                missing << widget->objectName() + QStringLiteral(" (no mnemonic)");
            }
            continue;
        }
        bool labelled = false;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            labelled = labelled || (label->buddy() == widget && !QKeySequence::mnemonic(label->text()).isEmpty());
        }
        if (!labelled) {
            missing << widget->objectName() + QStringLiteral(" (no label with a mnemonic)");
        }
    }
    return missing;
}

} // namespace casebook::test
