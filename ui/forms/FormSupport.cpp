#include "forms/FormSupport.h"

#include "repositories/SchoolRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>

namespace casebook::forms {

namespace {

// The earliest date an optional field can hold stands for "not recorded yet".
const QDate kNotRecorded(2000, 1, 1);

const QString kErrorStyle = QStringLiteral("color:#b00020");
const QString kWarningStyle = QStringLiteral("color:#8a5300");

// Makes date fields keyboard-first. Tab and Shift+Tab move to the next or previous field, not between the
// day, month and year (typing the digits, or a slash, already moves on through them), so tabbing past a date
// takes one key. While an optional field shows "not recorded" a QDateEdit refuses typed digits (the text is
// not a date), so the first digit starts it from today with the day selected: typing "04112024" gives
// 04/11/2024. Selecting the whole date (Ctrl+A) and pressing Delete or Backspace clears an optional field back
// to "not recorded".
class DateFieldKeys : public QObject
{
public:
    DateFieldKeys(QDateEdit* edit, bool optional) : QObject(edit), m_optional(optional) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* edit = qobject_cast<QDateEdit*>(watched);
        if (edit == nullptr || event->type() != QEvent::KeyPress) {
            return false;
        }
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) == 0;
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            // The window moves the focus on from the field, as for any other widget.
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(edit->window(), &forwarded);
            return true;
        }
        if (!m_optional) {
            return false;
        }
        if (edit->date() == kNotRecorded) {
            if (!key->text().isEmpty() && key->text().front().isDigit()) {
                edit->setDate(QDate::currentDate());
                edit->setSelectedSection(QDateTimeEdit::DaySection);
            }
            return false;
        }
        const auto* text = edit->findChild<QLineEdit*>();
        const bool allSelected = text != nullptr && !text->text().isEmpty() && text->selectedText() == text->text();
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && allSelected) {
            edit->setDate(kNotRecorded);
            return true;
        }
        return false;
    }

private:
    bool m_optional;
};

} // namespace

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, bool optional)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    if (optional) {
        edit->setMinimumDate(kNotRecorded);
        edit->setSpecialValueText(QObject::tr("not recorded"));
        edit->setDate(kNotRecorded);
        edit->setToolTip(QObject::tr("Type the date as dd/mm/yyyy. To clear it, press Ctrl+A, then Delete."));
    } else {
        edit->setDate(QDate::currentDate());
    }
    edit->installEventFilter(new DateFieldKeys(edit, optional));
    return edit;
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == kNotRecorded ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : kNotRecorded);
}

void fillSchoolCombo(Database& db, QComboBox* combo, qint64 preselect, bool allowNone)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (allowNone) {
        combo->addItem(QObject::tr("(none)"), qint64(0));
    }
    if (auto schools = SchoolRepository(db).list({}, 5000)) {
        for (const auto& row : schools.value()) {
            combo->addItem(row.school.name + QStringLiteral(" (") + row.school.urn + QLatin1Char(')'), row.school.id);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(preselect)));
}

void fillChoiceCombo(QComboBox* combo, const std::vector<std::pair<QString, QString>>& choices, const QString& current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto& [label, id] : choices) {
        combo->addItem(label, id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QLabel* makeSaveErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("saveError"));
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->hide();
    return label;
}

bool confirmWarnings(QWidget* parent, const std::vector<FieldIssue>& issues)
{
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Warning &&
            QMessageBox::question(parent, QObject::tr("Record anyway?"), issue.message) != QMessageBox::Yes) {
            return false;
        }
    }
    return true;
}

QLabel* IssueLabels::add(const QString& field)
{
    auto* label = new QLabel(m_owner);
    label->setObjectName(field + QStringLiteral("Issue"));
    label->setWordWrap(true);
    label->hide();
    m_labels.insert(field, label);
    return label;
}

namespace {

// Fits an open form's height to what it now shows: a message that appeared is not clipped, and one that went
// leaves no gap. The width the officer chose is kept.
void fitHeightToContents(QWidget* owner)
{
    QWidget* window = owner->window();
    if (!window->isVisible() || window->layout() == nullptr) {
        return;
    }
    window->layout()->activate();
    const int width = window->width();
    const int height = window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height();
    window->resize(width, std::max(height, window->minimumSizeHint().height()));
}

} // namespace

bool IssueLabels::show(const std::vector<FieldIssue>& issues, const QString& fallbackField)
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->hide();
        label->clear();
    }
    bool blocked = false;
    for (const FieldIssue& issue : issues) {
        const bool error = issue.severity == FieldIssue::Severity::Error;
        blocked = blocked || error;
        QLabel* label = m_labels.value(issue.field, m_labels.value(fallbackField));
        if (label == nullptr) {
            continue;
        }
        // Several issues for one field are shown one under another; an error colours the whole label.
        const bool first = label->text().isEmpty();
        label->setText(first ? issue.message : label->text() + QLatin1Char('\n') + issue.message);
        if (first || error) {
            label->setStyleSheet(error ? kErrorStyle : kWarningStyle);
        }
        label->setAccessibleDescription(label->text());
        label->show();
    }
    fitHeightToContents(m_owner);
    return !blocked;
}

} // namespace casebook::forms
