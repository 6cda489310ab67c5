#include "forms/PipReferralDialog.h"

#include "panel/PipDecisions.h"

#include "forms/ChildRowsTable.h"

#include "calendar/UkDate.h"
#include "repositories/PipReferralRepository.h"
#include "repositories/SchoolRepository.h"
#include "services/PipReferralCheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook {

namespace {

enum ActionColumn
{
    kDescription = 0,
    kOwner = 1,
    kDue = 2,
    kDone = 3,
};

std::vector<std::pair<QString, QString>> statusChoices()
{
    return {
        {QObject::tr("Received"), QStringLiteral("received")},
        {QObject::tr("On the agenda"), QStringLiteral("on_agenda")},
        {QObject::tr("Decided"), QStringLiteral("decided")},
        {QObject::tr("Withdrawn"), QStringLiteral("withdrawn")},
        {QObject::tr("Closed"), QStringLiteral("closed")},
    };
}

std::vector<std::pair<QString, QString>> decisionChoices()
{
    std::vector<std::pair<QString, QString>> choices = {{QObject::tr("(not decided)"), QString()}};
    for (const auto& [id, label] : pipDecisions()) {
        choices.emplace_back(label, id);
    }
    return choices;
}

QPlainTextEdit* makeTextBox(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumWidth(280);
    edit->setMaximumHeight(64);
    return edit;
}

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

} // namespace

PipReferralDialog::PipReferralDialog(Database& db, qint64 pupilId, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_db(db), m_school(makeCombo(this, QStringLiteral("schoolCombo"), tr("Referring school"))),
      m_received(forms::makeDateEdit(this, QStringLiteral("receivedOnEdit"), tr("Received on"), false)),
      m_status(makeCombo(this, QStringLiteral("statusCombo"), tr("Status"))),
      m_meeting(makeCombo(this, QStringLiteral("meetingCombo"), tr("Panel meeting"))),
      m_decision(makeCombo(this, QStringLiteral("decisionCombo"), tr("Decision"))),
      m_decisionOn(forms::makeDateEdit(this, QStringLiteral("decisionOnEdit"), tr("Decision date"), true)),
      m_reason(makeTextBox(this, QStringLiteral("reasonEdit"), tr("Reason for the referral"))),
      m_evidence(makeTextBox(this, QStringLiteral("evidenceEdit"), tr("Supporting evidence"))),
      m_decisionNotes(makeTextBox(this, QStringLiteral("decisionNotesEdit"), tr("Decision notes"))),
      m_actions(new forms::ChildRowsTable({{tr("Action"), forms::ChildRowsTable::Kind::Text, 0},
                                           {tr("Owner"), forms::ChildRowsTable::Kind::Text, 150},
                                           {tr("Due on"), forms::ChildRowsTable::Kind::Date, 105},
                                           {tr("Done on"), forms::ChildRowsTable::Kind::OptionalDate, 105}},
                                          this)),
      m_addAction(new QPushButton(tr("&Add action"), this)),
      m_removeAction(new QPushButton(tr("Remo&ve action (Del)"), this)), m_saveError(forms::makeSaveErrorLabel(this)),
      m_issues(this), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_loaded.pupilId = pupilId;
    m_loaded.id = referralId;
    setObjectName(QStringLiteral("pipReferralDialog"));
    setWindowTitle(referralId == 0 ? tr("Record a panel referral") : tr("Edit panel referral"));
    forms::fillChoiceCombo(m_status, statusChoices(), QStringLiteral("received"));
    forms::fillChoiceCombo(m_decision, decisionChoices(), QString());
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->setMinimumHeight(120);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_addAction->setAccessibleName(tr("Add action"));
    m_addAction->setAutoDefault(false);
    m_removeAction->setObjectName(QStringLiteral("removeActionButton"));
    m_removeAction->setAccessibleName(tr("Remove action"));
    m_removeAction->setAutoDefault(false);
    buildLayout();

    if (referralId != 0) {
        load(referralId);
    } else {
        // The school the pupil is at, or was at last: never an unrelated school that sorts first.
        const auto latestSchool = SchoolRepository(db).latestSchoolOf(pupilId);
        forms::fillSchoolCombo(db, m_school, latestSchool ? latestSchool.value() : 0);
        fillMeetings(0);
    }
    connectFields();
    revalidate();
    m_received->setFocus();
}

void PipReferralDialog::buildLayout()
{
    // The referral (who, when, why) on the left, the panel's part on the right; Tab reads left then right.
    auto* referralSide = new QFormLayout;
    referralSide->addRow(tr("&School:"), m_school);
    referralSide->addRow(QString(), m_issues.add(QStringLiteral("school")));
    referralSide->addRow(tr("&Received on:"), m_received);
    referralSide->addRow(QString(), m_issues.add(QStringLiteral("receivedOn")));
    referralSide->addRow(tr("Reaso&n:"), m_reason);
    referralSide->addRow(QString(), m_issues.add(QStringLiteral("reason")));
    referralSide->addRow(tr("&Evidence:"), m_evidence);
    auto* panelSide = new QFormLayout;
    panelSide->addRow(tr("Stat&us:"), m_status);
    panelSide->addRow(QString(), m_issues.add(QStringLiteral("status")));
    panelSide->addRow(tr("Panel &meeting:"), m_meeting);
    panelSide->addRow(QString(), m_issues.add(QStringLiteral("meeting")));
    panelSide->addRow(tr("&Decision:"), m_decision);
    panelSide->addRow(QString(), m_issues.add(QStringLiteral("decision")));
    panelSide->addRow(tr("Decision da&te:"), m_decisionOn);
    panelSide->addRow(QString(), m_issues.add(QStringLiteral("decisionOn")));
    panelSide->addRow(tr("Decision n&otes:"), m_decisionNotes);
    auto* columns = new QHBoxLayout;
    columns->addLayout(referralSide, 1);
    columns->addSpacing(12);
    columns->addLayout(panelSide, 1);

    auto* actionsLabel = new QLabel(tr("Act&ions:"), this);
    actionsLabel->setBuddy(m_actions);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_removeAction);
    actionButtons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(actionsLabel);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_issues.add(QStringLiteral("actions")));
    layout->addLayout(actionButtons);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    // Left column, then right: who and when, why, then what the panel did.
    const std::vector<QWidget*> order = {m_school,    m_received,     m_reason,     m_evidence,      m_status,
                                         m_meeting,   m_decision,     m_decisionOn, m_decisionNotes, m_actions,
                                         m_addAction, m_removeAction, m_buttons};
    for (size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    resize(780, 540);
}

void PipReferralDialog::connectFields()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PipReferralDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PipReferralDialog::reject);
    for (QDateEdit* edit : {m_received, m_decisionOn}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    }
    for (QComboBox* combo : {m_school, m_status, m_meeting, m_decision}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    }
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    connect(m_actions, &forms::ChildRowsTable::rowsChanged, this, [this] { revalidate(); });
    connect(m_addAction, &QPushButton::clicked, this, &PipReferralDialog::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        m_actions->removeCurrentRow();
        m_actions->setFocus();
    });
}

void PipReferralDialog::fillMeetings(qint64 current)
{
    const QSignalBlocker block(m_meeting);
    m_meeting->clear();
    m_meeting->addItem(tr("(none)"), qint64(0));
    if (auto meetings = PipReferralRepository(m_db).meetingChoices(current)) {
        for (const PanelMeetingChoice& m : meetings.value()) {
            QString label = ukDate(m.meetingDate);
            if (!m.location.isEmpty()) {
                label += QStringLiteral(", ") + m.location;
            }
            if (m.status != QStringLiteral("planned")) {
                label += QStringLiteral(" (") + m.status + QLatin1Char(')');
            }
            m_meeting->addItem(label, m.id);
        }
    }
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(current)));
}

void PipReferralDialog::load(qint64 referralId)
{
    auto loaded = PipReferralRepository(m_db).load(referralId);
    if (!loaded) {
        forms::fillSchoolCombo(m_db, m_school, 0);
        fillMeetings(0);
        showSaveError(tr("This referral could not be opened: %1").arg(loaded.error().message));
        m_loadFailed = true;
        return;
    }
    m_loaded = std::move(loaded).value();
    forms::fillSchoolCombo(m_db, m_school, m_loaded.schoolId);
    m_received->setDate(m_loaded.receivedOn);
    m_reason->setPlainText(m_loaded.reason);
    m_evidence->setPlainText(m_loaded.evidence);
    forms::fillChoiceCombo(m_status, statusChoices(), m_loaded.status);
    fillMeetings(m_loaded.meetingId);
    forms::fillChoiceCombo(m_decision, decisionChoices(), m_loaded.decision);
    forms::setOptionalDate(m_decisionOn, m_loaded.decisionOn);
    m_decisionNotes->setPlainText(m_loaded.decisionNotes);
    const QSignalBlocker block(m_actions);
    for (const PipAction& a : m_loaded.actions) {
        const int row = m_actions->appendRow(a.id);
        m_actions->setText(row, kDescription, a.description);
        m_actions->setText(row, kOwner, a.owner);
        m_actions->setDate(row, kDue, a.dueOn);
        m_actions->setDate(row, kDone, a.doneOn);
    }
}

PipReferral PipReferralDialog::referral() const
{
    PipReferral r = m_loaded;
    r.schoolId = m_school->currentData().toLongLong();
    r.receivedOn = m_received->date();
    r.reason = m_reason->toPlainText().trimmed();
    r.evidence = m_evidence->toPlainText().trimmed();
    r.status = m_status->currentData().toString();
    r.meetingId = m_meeting->currentData().toLongLong();
    if (r.meetingId != m_loaded.meetingId) {
        r.agendaPosition = 0; // a place on one meeting's agenda does not carry to another
    }
    r.decision = m_decision->currentData().toString();
    r.decisionOn = forms::optionalDate(m_decisionOn);
    r.decisionNotes = m_decisionNotes->toPlainText().trimmed();
    r.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        r.actions.push_back({m_actions->rowId(row), m_actions->text(row, kDescription), m_actions->text(row, kOwner),
                             m_actions->date(row, kDue), m_actions->date(row, kDone)});
    }
    return r;
}

void PipReferralDialog::addAction()
{
    const int row = m_actions->appendRow();
    m_actions->startEditing(row, kDescription);
}

bool PipReferralDialog::revalidate()
{
    const bool ok = m_issues.show(checkPipReferral(referral())) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void PipReferralDialog::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setAccessibleDescription(message);
    m_saveError->show();
}

void PipReferralDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    const PipReferral r = referral();
    if (!forms::confirmWarnings(this, checkPipReferral(r))) {
        return;
    }
    PipReferralRepository repository(m_db);
    if (r.id == 0) {
        auto saved = repository.insert(r);
        if (!saved) {
            showSaveError(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
        m_savedId = saved.value();
    } else {
        if (Status st = repository.update(r, m_loaded.rowVersion); !st) {
            showSaveError(tr("Not saved: %1").arg(st.error().message));
            return;
        }
        m_savedId = r.id;
    }
    QDialog::accept();
}

} // namespace casebook
