#include "panel/MeetingDialog.h"

#include "calendar/UkDate.h"
#include "panel/PanelMeetingCheck.h"
#include "panel/PanelMeetingRepository.h"
#include "panel/PipDecisions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casebook {

namespace {

constexpr int kIdRole = Qt::UserRole;

std::vector<std::pair<QString, QString>> statusChoices()
{
    return {
        {QObject::tr("Planned"), QStringLiteral("planned")},
        {QObject::tr("Held"), QStringLiteral("held")},
        {QObject::tr("Cancelled (undecided referrals go back to the open list)"), QStringLiteral("cancelled")},
    };
}

// A list of referrals; `stretchColumn` (the pupil) takes the room left.
QTreeWidget* makeList(QWidget* parent, const QString& objectName, const QString& accessibleName,
                      const QStringList& headers, int stretchColumn)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setMinimumHeight(180);
    list->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return list;
}

QPushButton* makeButton(QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

bool isDecided(const AgendaReferral& r)
{
    return r.status == QStringLiteral("decided") || r.status == QStringLiteral("closed");
}

} // namespace

MeetingDialog::MeetingDialog(Database& db, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_db(db),
      m_date(forms::makeDateEdit(this, QStringLiteral("meetingDateEdit"), tr("Meeting date"), false)),
      m_location(new QLineEdit(this)), m_attendees(new QPlainTextEdit(this)), m_status(new QComboBox(this)),
      m_minutes(new QPlainTextEdit(this)),
      m_open(makeList(this, QStringLiteral("openReferralsList"), tr("Open referrals"),
                      {tr("Pupil"), tr("UPN"), tr("School"), tr("Received")}, 0)),
      m_agenda(makeList(this, QStringLiteral("agendaList"), tr("Agenda"),
                        {tr("#"), tr("Pupil"), tr("School"), tr("Decision")}, 1)),
      m_put(makeButton(this, tr("&Put on agenda \u2192"), QStringLiteral("putOnAgendaButton"), tr("Put on agenda"),
                       tr("Put the chosen open referral at the end of the agenda (Enter or Insert in the list)"))),
      m_takeOff(makeButton(this, tr("\u2190 Ta&ke off agenda"), QStringLiteral("takeOffAgendaButton"),
                           tr("Take off agenda"), tr("Take the chosen referral off the agenda (Delete in the list)"))),
      m_up(makeButton(this, tr("Move &up"), QStringLiteral("moveUpButton"), tr("Move up"),
                      tr("Move the chosen referral up the agenda (Ctrl+Up or Alt+Up in the list)"))),
      m_down(makeButton(this, tr("Move dow&n"), QStringLiteral("moveDownButton"), tr("Move down"),
                        tr("Move the chosen referral down the agenda (Ctrl+Down or Alt+Down in the list)"))),
      m_saveError(forms::makeSaveErrorLabel(this)), m_issues(this),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_loaded.id = meetingId;
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(meetingId == 0 ? tr("Plan a panel meeting") : tr("Edit panel meeting"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setAccessibleName(tr("Location"));
    m_attendees->setObjectName(QStringLiteral("attendeesEdit"));
    m_attendees->setAccessibleName(tr("Attendees, one per line"));
    m_attendees->setTabChangesFocus(true);
    m_attendees->setPlaceholderText(tr("One per line, e.g. \"A. Khan, chair\""));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Meeting status"));
    m_minutes->setObjectName(QStringLiteral("minutesEdit"));
    m_minutes->setAccessibleName(tr("General minutes of the meeting"));
    m_minutes->setTabChangesFocus(true);
    m_minutes->setPlaceholderText(tr("Apologies, matters not about one pupil"));
    forms::fillChoiceCombo(m_status, statusChoices(), QStringLiteral("planned"));
    buildLayout();
    if (meetingId != 0) {
        load(meetingId);
    } else {
        auto open = PanelMeetingRepository(db).openReferrals(0);
        if (!open) {
            showSaveError(tr("The open referrals could not be listed: %1").arg(open.error().message));
            m_loadFailed = true;
        }
        fillLists(open ? open.value() : std::vector<AgendaReferral>{}, {});
    }
    connectFields();
    revalidate();
    m_date->setFocus();
}

void MeetingDialog::buildLayout()
{
    auto* details = new QFormLayout;
    details->addRow(tr("&Date:"), m_date);
    details->addRow(QString(), m_issues.add(QStringLiteral("meetingDate")));
    details->addRow(tr("&Location:"), m_location);
    details->addRow(tr("S&tatus:"), m_status);
    details->addRow(QString(), m_issues.add(QStringLiteral("status")));
    auto* texts = new QFormLayout;
    texts->addRow(tr("&Attendees:"), m_attendees);
    texts->addRow(QString(), m_issues.add(QStringLiteral("attendees")));
    texts->addRow(tr("&Minutes:"), m_minutes);
    m_attendees->setMaximumHeight(84);
    m_minutes->setMaximumHeight(60);
    auto* top = new QHBoxLayout;
    top->addLayout(details, 2);
    top->addSpacing(12);
    top->addLayout(texts, 3);

    auto* openLabel = new QLabel(tr("Open r&eferrals (not yet decided, not on another planned meeting):"), this);
    openLabel->setBuddy(m_open);
    auto* agendaLabel = new QLabel(tr("A&genda, in order:"), this);
    agendaLabel->setBuddy(m_agenda);
    auto* openSide = new QVBoxLayout;
    openSide->addWidget(openLabel);
    openSide->addWidget(m_open, 1);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    for (QPushButton* b : {m_put, m_takeOff, m_up, m_down}) {
        middle->addWidget(b);
    }
    middle->addStretch(1);
    auto* agendaSide = new QVBoxLayout;
    agendaSide->addWidget(agendaLabel);
    agendaSide->addWidget(m_agenda, 1);
    auto* builder = new QHBoxLayout;
    builder->addLayout(openSide, 1);
    builder->addLayout(middle);
    builder->addLayout(agendaSide, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(builder, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    const std::vector<QWidget*> order = {m_date, m_location, m_status,  m_attendees, m_minutes, m_open,
                                         m_put,  m_agenda,   m_takeOff, m_up,        m_down,    m_buttons};
    for (size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    m_open->installEventFilter(this);
    m_agenda->installEventFilter(this);
    resize(960, 620);
}

void MeetingDialog::connectFields()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { revalidate(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_attendees, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    connect(m_put, &QPushButton::clicked, this, &MeetingDialog::putOnAgenda);
    connect(m_takeOff, &QPushButton::clicked, this, &MeetingDialog::takeOffAgenda);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_open, &QTreeWidget::currentItemChanged, this, &MeetingDialog::updateButtons);
    connect(m_agenda, &QTreeWidget::currentItemChanged, this, &MeetingDialog::updateButtons);
}

void MeetingDialog::load(qint64 meetingId)
{
    PanelMeetingRepository repository(m_db);
    auto loaded = repository.load(meetingId);
    auto agenda = repository.agenda(meetingId);
    auto open = repository.openReferrals(meetingId);
    if (!loaded || !agenda || !open) {
        const Error& e = !loaded ? loaded.error() : (!agenda ? agenda.error() : open.error());
        showSaveError(tr("This meeting could not be opened: %1").arg(e.message));
        m_loadFailed = true;
        fillLists({}, {});
        return;
    }
    m_loaded = std::move(loaded).value();
    m_date->setDate(m_loaded.meetingDate);
    m_location->setText(m_loaded.location);
    m_attendees->setPlainText(m_loaded.attendees);
    m_minutes->setPlainText(m_loaded.minutes);
    forms::fillChoiceCombo(m_status, statusChoices(), m_loaded.status);
    fillLists(open.value(), agenda.value());
}

void MeetingDialog::fillLists(const std::vector<AgendaReferral>& open, const std::vector<AgendaReferral>& agenda)
{
    for (const AgendaReferral& r : open) {
        m_referrals.insert(r.referralId, r);
        auto* item = new QTreeWidgetItem(m_open, {r.pupilName, r.upn, r.schoolName, ukDate(r.receivedOn)});
        item->setData(0, kIdRole, r.referralId);
        item->setToolTip(0, r.reason);
    }
    for (const AgendaReferral& r : agenda) {
        m_referrals.insert(r.referralId, r);
        auto* item = new QTreeWidgetItem(m_agenda, {QString(), r.pupilName, r.schoolName,
                                                    r.decision.isEmpty() ? QString() : pipDecisionLabel(r.decision)});
        item->setData(0, kIdRole, r.referralId);
        item->setToolTip(1, r.reason);
    }
    renumber();
    if (m_open->topLevelItemCount() > 0) {
        m_open->setCurrentItem(m_open->topLevelItem(0));
    }
    if (m_agenda->topLevelItemCount() > 0) {
        m_agenda->setCurrentItem(m_agenda->topLevelItem(0));
    }
    updateButtons();
}

void MeetingDialog::renumber()
{
    for (int i = 0; i < m_agenda->topLevelItemCount(); ++i) {
        m_agenda->topLevelItem(i)->setText(0, QString::number(i + 1));
    }
}

void MeetingDialog::putOnAgenda()
{
    QTreeWidgetItem* item = m_open->currentItem();
    if (item == nullptr) {
        return;
    }
    const int row = m_open->indexOfTopLevelItem(item);
    const AgendaReferral& r = m_referrals.value(item->data(0, kIdRole).toLongLong());
    delete m_open->takeTopLevelItem(row);
    auto* added = new QTreeWidgetItem(m_agenda, {QString(), r.pupilName, r.schoolName, QString()});
    added->setData(0, kIdRole, r.referralId);
    added->setToolTip(1, r.reason);
    renumber();
    m_agenda->setCurrentItem(added);
    if (m_open->topLevelItemCount() > 0) {
        m_open->setCurrentItem(m_open->topLevelItem(std::min(row, m_open->topLevelItemCount() - 1)));
    }
    updateButtons();
}

void MeetingDialog::takeOffAgenda()
{
    QTreeWidgetItem* item = m_agenda->currentItem();
    if (item == nullptr) {
        return;
    }
    const AgendaReferral& r = m_referrals.value(item->data(0, kIdRole).toLongLong());
    if (isDecided(r)) {
        return; // a decided referral stays on its meeting's agenda
    }
    const int row = m_agenda->indexOfTopLevelItem(item);
    delete m_agenda->takeTopLevelItem(row);
    auto* back = new QTreeWidgetItem(m_open, {r.pupilName, r.upn, r.schoolName, ukDate(r.receivedOn)});
    back->setData(0, kIdRole, r.referralId);
    back->setToolTip(0, r.reason);
    renumber();
    if (m_agenda->topLevelItemCount() > 0) {
        m_agenda->setCurrentItem(m_agenda->topLevelItem(std::min(row, m_agenda->topLevelItemCount() - 1)));
    }
    updateButtons();
}

void MeetingDialog::move(int by)
{
    QTreeWidgetItem* item = m_agenda->currentItem();
    if (item == nullptr) {
        return;
    }
    const int row = m_agenda->indexOfTopLevelItem(item);
    const int to = row + by;
    if (to < 0 || to >= m_agenda->topLevelItemCount()) {
        return;
    }
    m_agenda->takeTopLevelItem(row);
    m_agenda->insertTopLevelItem(to, item);
    renumber();
    m_agenda->setCurrentItem(item);
    updateButtons();
}

void MeetingDialog::updateButtons()
{
    const bool editable = m_status->currentData().toString() != QStringLiteral("cancelled") && !m_loadFailed;
    m_open->setEnabled(editable);
    m_agenda->setEnabled(editable);
    QTreeWidgetItem* onAgenda = m_agenda->currentItem();
    const int row = onAgenda != nullptr ? m_agenda->indexOfTopLevelItem(onAgenda) : -1;
    const bool decided = onAgenda != nullptr && isDecided(m_referrals.value(onAgenda->data(0, kIdRole).toLongLong()));
    m_put->setEnabled(editable && m_open->currentItem() != nullptr);
    m_takeOff->setEnabled(editable && onAgenda != nullptr && !decided);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_agenda->topLevelItemCount());
}

bool MeetingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QDialog::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (watched == m_open && mods == Qt::NoModifier &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Insert)) {
        putOnAgenda();
        return true;
    }
    if (watched == m_agenda) {
        if (mods == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            takeOffAgenda();
            return true;
        }
        if ((mods == Qt::ControlModifier || mods == Qt::AltModifier) &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

PanelMeeting MeetingDialog::meeting() const
{
    PanelMeeting m = m_loaded;
    m.meetingDate = m_date->date();
    m.location = m_location->text().trimmed();
    m.attendees = m_attendees->toPlainText().trimmed();
    m.minutes = m_minutes->toPlainText().trimmed();
    m.status = m_status->currentData().toString();
    return m;
}

std::vector<qint64> MeetingDialog::agendaIds() const
{
    std::vector<qint64> ids;
    for (int i = 0; i < m_agenda->topLevelItemCount(); ++i) {
        ids.push_back(m_agenda->topLevelItem(i)->data(0, kIdRole).toLongLong());
    }
    return ids;
}

bool MeetingDialog::revalidate()
{
    const bool ok = m_issues.show(checkPanelMeeting(meeting(), QDate::currentDate())) && !m_loadFailed;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    updateButtons();
    return ok;
}

void MeetingDialog::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setAccessibleDescription(message);
    m_saveError->show();
}

void MeetingDialog::accept()
{
    if (!revalidate()) {
        return;
    }
    auto saved = PanelMeetingRepository(m_db).save(meeting(), agendaIds());
    if (!saved) {
        showSaveError(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace casebook
