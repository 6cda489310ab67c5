#include "panel/DecisionPanel.h"

#include "forms/ChildRowsTable.h"
#include "forms/FormSupport.h"

#include "panel/PanelMeetingCheck.h"
#include "panel/PipDecisions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

enum ActionColumn
{
    kDescription = 0,
    kOwner = 1,
    kDue = 2,
};

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

QPlainTextEdit* makeText(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

bool sameActions(const std::vector<PipAction>& a, const std::vector<PipAction>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const PipAction& x, const PipAction& y) {
        return x.id == y.id && x.description == y.description && x.owner == y.owner && x.dueOn == y.dueOn;
    });
}

} // namespace

DecisionPanel::DecisionPanel(QWidget* parent)
    : QWidget(parent), m_decision(new QComboBox(this)),
      m_notes(makeText(QStringLiteral("decisionNotesEdit"), tr("Decision notes"), this)),
      m_minutes(makeText(QStringLiteral("referralMinutesEdit"), tr("Minutes of the discussion"), this)),
      m_actions(new forms::ChildRowsTable({{tr("Action"), forms::ChildRowsTable::Kind::Text, 0},
                                           {tr("Owner"), forms::ChildRowsTable::Kind::Text, 0},
                                           {tr("Due"), forms::ChildRowsTable::Kind::Date, 0}},
                                          this)),
      m_addAction(new QPushButton(tr("&Add action"), this)), m_saveError(forms::makeSaveErrorLabel(this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->setAccessibleName(tr("The panel's decision"));
    std::vector<std::pair<QString, QString>> choices = {{tr("(no decision yet)"), QString()}};
    for (const auto& [id, label] : pipDecisions()) {
        choices.emplace_back(label, id);
    }
    forms::fillChoiceCombo(m_decision, choices, QString());
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setAccessibleName(tr("Actions agreed"));
    // The action takes the room; owner and date as wide as the type makes them.
    m_actions->horizontalHeader()->setSectionResizeMode(kOwner, QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(kDue, QHeaderView::ResizeToContents);
    m_actions->verticalHeader()->hide(); // row numbers would take width the action needs
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_addAction->setAccessibleName(tr("Add action"));
    m_addAction->setAutoDefault(false);
    m_addAction->setToolTip(tr("Add an action and type its description, Tab, owner, Tab, due date (Alt+A)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fieldLabel(tr("&Decision"), m_decision, this));
    layout->addWidget(m_decision);
    layout->addWidget(issueLabel(QStringLiteral("decision")));
    layout->addWidget(fieldLabel(tr("Decision &notes"), m_notes, this));
    layout->addWidget(m_notes, 2);
    layout->addWidget(fieldLabel(tr("&Minutes"), m_minutes, this));
    layout->addWidget(m_minutes, 2);
    auto* actionsHeader = new QHBoxLayout;
    actionsHeader->addWidget(fieldLabel(tr("Ac&tions"), m_actions, this), 1);
    actionsHeader->addWidget(m_addAction);
    layout->addLayout(actionsHeader);
    layout->addWidget(m_actions, 3);
    layout->addWidget(issueLabel(QStringLiteral("actions")));
    layout->addWidget(m_saveError);

    const std::vector<QWidget*> order = {m_decision, m_notes, m_minutes, m_actions, m_addAction};
    for (size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        revalidate();
        Q_EMIT edited();
    });
    for (QPlainTextEdit* edit : {m_notes, m_minutes}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &DecisionPanel::edited);
    }
    connect(m_actions, &forms::ChildRowsTable::rowsChanged, this, [this] {
        revalidate();
        Q_EMIT edited();
    });
    connect(m_addAction, &QPushButton::clicked, this, &DecisionPanel::addAction);
}

void DecisionPanel::showReferral(const PipReferral& referral, const QString& minutes, QDate meetingDate)
{
    m_shown = referral;
    m_shownMinutes = minutes;
    m_meetingDate = meetingDate;
    const QSignalBlocker blockCombo(m_decision);
    const QSignalBlocker blockActions(m_actions);
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(referral.decision)));
    m_decision->view()->keyboardSearch(QString()); // a letter typed on the last referral does not carry over
    m_notes->setPlainText(referral.decisionNotes);
    m_minutes->setPlainText(minutes);
    m_actions->setRowCount(0);
    for (const PipAction& a : referral.actions) {
        const int row = m_actions->appendRow(a.id);
        m_actions->setText(row, kDescription, a.description);
        m_actions->setText(row, kOwner, a.owner);
        m_actions->setDate(row, kDue, a.dueOn);
    }
    m_saveError->hide();
    revalidate();
}

PanelDecision DecisionPanel::decision() const
{
    PanelDecision d;
    d.referralId = m_shown.id;
    d.decision = m_decision->currentData().toString();
    d.decisionOn = m_shown.decisionOn; // a decision already dated keeps its date; a new one takes the meeting's
    d.decisionNotes = m_notes->toPlainText().trimmed();
    d.minutes = m_minutes->toPlainText().trimmed();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        PipAction a;
        a.id = m_actions->rowId(row);
        a.description = m_actions->text(row, kDescription);
        a.owner = m_actions->text(row, kOwner);
        a.dueOn = m_actions->date(row, kDue);
        // The panel does not mark actions done here; a saved action keeps its done date.
        const auto saved = std::find_if(m_shown.actions.begin(), m_shown.actions.end(),
                                        [&](const PipAction& s) { return s.id != 0 && s.id == a.id; });
        if (saved != m_shown.actions.end()) {
            a.doneOn = saved->doneOn;
        }
        d.actions.push_back(a);
    }
    return d;
}

bool DecisionPanel::changed() const
{
    const PanelDecision d = decision();
    return d.decision != m_shown.decision || d.decisionNotes != m_shown.decisionNotes.trimmed() ||
           d.minutes != m_shownMinutes.trimmed() || !sameActions(d.actions, m_shown.actions);
}

std::vector<FieldIssue> DecisionPanel::issues() const
{
    return checkPanelDecision(withPanelDecision(m_shown, decision(), m_meetingDate), m_meetingDate);
}

QLabel* DecisionPanel::issueLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Issue"));
    label->setWordWrap(true);
    label->hide();
    m_issues.insert(field, label);
    return label;
}

bool DecisionPanel::revalidate()
{
    QMap<QString, QStringList> messages;
    bool blocked = false;
    for (const FieldIssue& issue : issues()) {
        blocked = blocked || issue.severity == FieldIssue::Severity::Error;
        messages[m_issues.contains(issue.field) ? issue.field : QStringLiteral("decision")] << issue.message;
    }
    for (auto it = m_issues.begin(); it != m_issues.end(); ++it) {
        const QString text = messages.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setAccessibleDescription(text);
        it.value()->setVisible(!text.isEmpty());
    }
    return !blocked;
}

QString DecisionPanel::firstError() const
{
    for (const FieldIssue& issue : issues()) {
        if (issue.severity == FieldIssue::Severity::Error) {
            return issue.message;
        }
    }
    return {};
}

void DecisionPanel::commitEdits()
{
    QWidget* focus = QApplication::focusWidget();
    if (focus != nullptr && m_actions->viewport()->isAncestorOf(focus)) {
        m_actions->setFocus(); // the cell editor loses focus and hands its text to the table
    }
}

bool DecisionPanel::editingAction() const
{
    QWidget* focus = QApplication::focusWidget();
    return focus != nullptr && m_actions->viewport()->isAncestorOf(focus);
}

void DecisionPanel::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setAccessibleDescription(message);
    m_saveError->show();
}

void DecisionPanel::addAction()
{
    const int row = m_actions->appendRow();
    m_actions->startEditing(row, kDescription);
}

} // namespace casebook
