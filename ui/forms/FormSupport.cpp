#include "forms/FormSupport.h"

#include "forms/DateTyping.h"

#include "repositories/SchoolRepository.h"
#include "rules/ReasonCodes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QTabWidget>

#include <algorithm>

namespace casebook::forms {

namespace {

// The earliest date an optional field can hold stands for "not recorded yet".
const QDate kNotRecorded(2000, 1, 1);

const QString kErrorStyle = QStringLiteral("color:#b00020");
const QString kWarningStyle = QStringLiteral("color:#8a5300");

// A date field for typing: Tab and Shift+Tab leave the field (rather than walk its day, month and year); a
// date typed from the day on, with or without separators ("03102024", "3/10/2024", "31.12.2024"), gives that
// date even in a "not recorded" field or when the month shown is shorter than the day typed; Delete puts an
// optional field back to "not recorded"; Ctrl+PgUp/PgDown are left to the form (they change tab).
class TypedDateEdit : public QDateEdit
{
public:
    TypedDateEdit(QWidget* parent, bool optional) : QDateEdit(parent), m_optional(optional) {}

protected:
    // Skips QDateTimeEdit's own version on purpose: that one walks the sections (and never leaves a "not
    // recorded" field).
    bool focusNextPrevChild(bool next) override
    {
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        const bool ctrl = (event->modifiers() & Qt::ControlModifier) != 0;
        if (ctrl && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
            event->ignore();
            return;
        }
        if (m_optional && event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            setDate(kNotRecorded);
            return;
        }
        const bool digit = event->text().size() == 1 && event->text().front().isDigit();
        if (m_optional && digit && date() == kNotRecorded) {
            // Start from today so every section holds a number, then type over it from the day.
            setDate(QDate::currentDate());
            setSelectedSection(QDateTimeEdit::DaySection);
        }
        if (isSeparator(event->text())) {
            moveOnFromSection();
            return;
        }
        if (digit && typeDayBeyondMonth(event->text().front().digitValue())) {
            m_typedDay = date().day();
            return;
        }
        const Section typedIn = currentSection();
        QDateEdit::keyPressEvent(event);
        if (digit && typedIn == QDateTimeEdit::DaySection) {
            m_typedDay = sectionText(QDateTimeEdit::DaySection).toInt();
        } else if (digit && typedIn == QDateTimeEdit::YearSection) {
            restoreTypedDay();
        }
    }

    void focusInEvent(QFocusEvent* event) override
    {
        m_typedDay = 0;
        QDateEdit::focusInEvent(event);
        // Reached from the keyboard (also by Shift+Tab), the field is ready for a date typed from the day.
        if (event->reason() == Qt::BacktabFocusReason) {
            setSelectedSection(QDateTimeEdit::DaySection);
        }
    }

private:
    static bool isSeparator(const QString& text)
    {
        return text == QStringLiteral("/") || text == QStringLiteral(".") || text == QStringLiteral("-");
    }

    // "3/10/2024": a separator after a short day or month moves to the next section. After a complete
    // section (which moved on by itself and selected the next) it has nothing to do.
    void moveOnFromSection()
    {
        if (lineEdit()->hasSelectedText()) {
            return;
        }
        if (currentSection() == QDateTimeEdit::DaySection) {
            setSelectedSection(QDateTimeEdit::MonthSection);
        } else if (currentSection() == QDateTimeEdit::MonthSection) {
            setSelectedSection(QDateTimeEdit::YearSection);
        }
    }

    // The second digit of a day the shown month does not have (31 in November): QDateEdit would cut it to
    // the month's last day before the month is typed, so move to the next month that has it instead.
    bool typeDayBeyondMonth(int digit)
    {
        if (currentSection() != QDateTimeEdit::DaySection || lineEdit()->hasSelectedText() ||
            lineEdit()->cursorPosition() != 1 || sectionText(QDateTimeEdit::DaySection).size() != 1) {
            return false;
        }
        const int day = sectionText(QDateTimeEdit::DaySection).toInt() * 10 + digit;
        const QDate shown = date();
        if (day <= shown.daysInMonth() || day > 31) {
            return false;
        }
        for (int step = 1; step < 12; ++step) {
            const QDate month = QDate(shown.year(), shown.month(), 1).addMonths(step);
            if (month.daysInMonth() >= day) {
                setDate(QDate(month.year(), month.month(), day));
                setSelectedSection(QDateTimeEdit::MonthSection);
                return true;
            }
        }
        return false;
    }

    // "29/2/2024" typed while the year shows 2026: February 2026 cut the day to 28; the full year puts it back.
    void restoreTypedDay()
    {
        const QDate shown = date();
        if (m_typedDay <= shown.day() || sectionText(QDateTimeEdit::YearSection).size() != 4) {
            return;
        }
        const QDate typed(shown.year(), shown.month(), m_typedDay);
        if (typed.isValid()) {
            setDate(typed);
            setSelectedSection(QDateTimeEdit::YearSection);
        }
    }

    bool m_optional;
    int m_typedDay = 0; // the day as typed, before a shorter month cut it
};

} // namespace

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, bool optional)
{
    auto* edit = new TypedDateEdit(parent, optional);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    if (optional) {
        edit->setMinimumDate(kNotRecorded);
        edit->setSpecialValueText(QObject::tr("not recorded"));
        edit->setDate(kNotRecorded);
        edit->setAccessibleDescription(QObject::tr("Type the date as day, month, year; Delete leaves it not recorded"));
        edit->setToolTip(QObject::tr("Type the date as digits, e.g. 31102024. Delete clears it."));
    } else {
        edit->setAccessibleDescription(QObject::tr("Type the date as day, month, year"));
        edit->setDate(QDate::currentDate());
        edit->setToolTip(QObject::tr("Type the date as digits, e.g. 31102024."));
    }
    DateTyping::install(edit);
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
    // A required school with nothing to preselect starts on a placeholder, so that a pupil with no school history
    // is never given whichever school sorts first: the form's check asks for a choice.
    if (!allowNone && combo->findData(preselect) < 0) {
        combo->insertItem(0, QObject::tr("(choose a school)"), qint64(0));
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

void addTabShortcuts(QTabWidget* tabs)
{
    QWidget* window = tabs->window();
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), window);
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), window);
    next->setObjectName(QStringLiteral("nextTabShortcut"));
    previous->setObjectName(QStringLiteral("previousTabShortcut"));
    QObject::connect(next, &QShortcut::activated, tabs,
                     [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count()); });
    QObject::connect(previous, &QShortcut::activated, tabs,
                     [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count()); });
}

void fillReasonCombos(QComboBox* const (&combos)[3], QDate day)
{
    const std::vector<ReasonCode> valid = reasonCodesValidOn(day, builtInReasonCodes());
    for (QComboBox* combo : combos) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(QObject::tr("(none)"), QString());
        for (const ReasonCode& code : valid) {
            combo->addItem(code.code + QStringLiteral(" \u2014 ") + code.description, code.code);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
}

QStringList chosenReasonCodes(const QComboBox* const (&combos)[3])
{
    QStringList codes;
    for (const QComboBox* combo : combos) {
        const QString code = combo->currentData().toString();
        if (!code.isEmpty()) {
            codes << code;
        }
    }
    return codes;
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

// Grows an open form so a message that appeared is not clipped; the width the officer chose is kept, and the
// form never shrinks under the officer's hands.
void growToShowMessages(QWidget* owner)
{
    QWidget* window = owner->window();
    if (!window->isVisible() || window->layout() == nullptr) {
        return;
    }
    window->layout()->activate();
    const int width = window->width();
    const int height = window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height();
    const int wanted = std::max(height, window->minimumSizeHint().height());
    if (wanted > window->height()) {
        window->resize(width, wanted);
    }
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
    growToShowMessages(m_owner);
    return !blocked;
}

} // namespace casebook::forms
