#include "panel/MeetingModeWindow.h"

#include "panel/DecisionPanel.h"
#include "panel/ReferralSummaryPanel.h"

#include "calendar/NationalCurriculumYear.h"
#include "calendar/UkDate.h"
#include "chronology/ChronologyRepository.h"
#include "history/HistoryRepository.h"
#include "panel/PanelMeetingRepository.h"
#include "repositories/PipReferralRepository.h"
#include "services/CalendarService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook {

namespace {

// High contrast for a projector: near-white on near-black, yellow for headings and the focused field, inputs as
// black on white. %1 is the text size in pixels, %2 the pupil's name.
const char* const kStyle =
    "#meetingModeWindow { background: #0b0f14; }"
    "#meetingModeWindow * { font-size: %1px; }"
    "#meetingModeWindow QLabel { color: #f2f2f2; }"
    "#meetingModeWindow QLabel[role=\"heading\"] { color: #ffd447; font-weight: 600; }"
    "#meetingModeWindow QLabel#pupilNameLabel { font-size: %2px; font-weight: 700; }"
    "#meetingModeWindow QLabel#positionLabel { color: #0b0f14; background: #ffd447; padding: 4px 14px;"
    " font-weight: 700; }"
    "#meetingModeWindow QLabel#comingNextLabel { color: #c8d0d8; }"
    "#meetingModeWindow QLabel#saveError { color: #ff8a80; font-weight: 600; }"
    "#meetingModeWindow QLabel[objectName$=\"Issue\"] { color: #ff8a80; font-weight: 600; }"
    "#meetingModeWindow QComboBox, #meetingModeWindow QPlainTextEdit, #meetingModeWindow QTableWidget,"
    " #meetingModeWindow QLineEdit, #meetingModeWindow QDateEdit { background: #ffffff; color: #000000;"
    " border: 2px solid #7d8a96; }"
    "#meetingModeWindow QComboBox:focus, #meetingModeWindow QPlainTextEdit:focus,"
    " #meetingModeWindow QTableWidget:focus { border: 4px solid #ffd447; }"
    "#meetingModeWindow QTableWidget#yearFiguresTable { background: #0b0f14; color: #f2f2f2; border: none; }"
    "#meetingModeWindow QHeaderView { background: #ffffff; }"
    "#meetingModeWindow QTableWidget#yearFiguresTable QHeaderView { background: #0b0f14; }"
    "#meetingModeWindow QHeaderView::section { background: #1f2933; color: #f2f2f2; border: none;"
    " padding: 2px 8px; font-weight: 600; }"
    "#meetingModeWindow QTableCornerButton::section { background: #1f2933; border: none; }"
    "#meetingModeWindow QPushButton { background: #1f2933; color: #ffffff; border: 2px solid #7d8a96;"
    " padding: 4px 16px; }"
    "#meetingModeWindow QPushButton:focus { border: 4px solid #ffd447; }"
    "#meetingModeWindow QPushButton:disabled { color: #66707a; border-color: #3a4550; }";

int ageOn(QDate dob, QDate on)
{
    int age = on.year() - dob.year();
    if (on.month() < dob.month() || (on.month() == dob.month() && on.day() < dob.day())) {
        --age;
    }
    return age;
}

QPushButton* footerButton(const QString& text, const QString& objectName, const QString& accessibleName,
                          QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

MeetingModeWindow::MeetingModeWindow(Database& db, qint64 meetingId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_meetingId(meetingId), m_position(new QLabel(this)),
      m_meetingLabel(new QLabel(this)), m_name(new QLabel(this)), m_facts(new QLabel(this)),
      m_summary(new ReferralSummaryPanel(this)), m_decision(new DecisionPanel(this)),
      m_previous(
          footerButton(tr("\u2190 &Previous (PgUp)"), QStringLiteral("previousButton"), tr("Previous referral"), this)),
      m_next(footerButton(tr("Ne&xt (PgDn) \u2192"), QStringLiteral("nextButton"), tr("Next referral"), this)),
      m_finish(footerButton(tr("&Finish meeting"), QStringLiteral("finishMeetingButton"), tr("Finish meeting"), this)),
      m_leave(footerButton(tr("Leave (Esc)"), QStringLiteral("leaveButton"), tr("Leave meeting mode"), this)),
      m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingModeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_StyledBackground);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setAccessibleName(tr("Place on the agenda"));
    m_meetingLabel->setObjectName(QStringLiteral("meetingLabel"));
    m_meetingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name->setObjectName(QStringLiteral("pupilNameLabel"));
    m_name->setAccessibleName(tr("Pupil"));
    m_facts->setObjectName(QStringLiteral("pupilFactsLabel"));
    m_facts->setAccessibleName(tr("Age, year and school"));
    m_facts->setWordWrap(true);
    m_keys->setObjectName(QStringLiteral("comingNextLabel"));
    m_keys->setAccessibleName(tr("Next on the agenda"));
    buildLayout();

    connect(m_previous, &QPushButton::clicked, this, [this] { goTo(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goTo(m_index + 1); });
    connect(m_finish, &QPushButton::clicked, this, &MeetingModeWindow::finishMeeting);
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    qApp->installEventFilter(this);
    loadMeeting();
    resize(1366, 768);
}

MeetingModeWindow::~MeetingModeWindow()
{
    qApp->removeEventFilter(this);
}

void MeetingModeWindow::buildLayout()
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_position);
    top->addSpacing(16);
    top->addWidget(m_name, 1);
    top->addWidget(m_meetingLabel);

    // The history never overlaps itself when a pupil's story is long: it scrolls (with the mouse) inside its column.
    auto* summaryArea = new QScrollArea(this);
    summaryArea->setObjectName(QStringLiteral("referralSummaryArea"));
    summaryArea->setFrameShape(QFrame::NoFrame);
    summaryArea->setFocusPolicy(Qt::NoFocus); // Tab stays with the decision; PageDown/PageUp move between referrals
    summaryArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryArea->setWidgetResizable(true);
    summaryArea->setWidget(m_summary);
    summaryArea->viewport()->setAutoFillBackground(false);
    m_summary->setAutoFillBackground(false);
    auto* columns = new QHBoxLayout;
    columns->addWidget(summaryArea, 6);
    columns->addSpacing(28);
    columns->addWidget(m_decision, 5);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_keys, 1);
    for (QPushButton* b : {m_previous, m_next, m_finish, m_leave}) {
        footer->addWidget(b);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 12);
    // The window takes the screen it is given; the type scales with it (applyFonts), never the other way round.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);
    layout->addLayout(footer);
    setTabOrder(m_decision, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_finish);
    setTabOrder(m_finish, m_leave);
}

void MeetingModeWindow::loadMeeting()
{
    PanelMeetingRepository repository(m_db);
    auto meeting = repository.load(m_meetingId);
    auto agenda = repository.agenda(m_meetingId);
    auto calendars = loadCalendarSet(m_db);
    if (!meeting || !agenda || !calendars) {
        const Error& e = !meeting ? meeting.error() : (!agenda ? agenda.error() : calendars.error());
        m_name->setText(tr("This meeting could not be opened"));
        m_facts->setText(e.message);
        m_decision->setEnabled(false);
        m_summary->hide();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_finish->setEnabled(false);
        return;
    }
    m_meeting = std::move(meeting).value();
    m_agenda = std::move(agenda).value();
    m_calendars = std::move(calendars).value();
    setWindowTitle(tr("Meeting mode \u2014 panel meeting of %1").arg(ukDate(m_meeting.meetingDate)));
    QString where = ukDate(m_meeting.meetingDate);
    if (!m_meeting.location.isEmpty()) {
        where += QStringLiteral(" \u00b7 ") + m_meeting.location;
    }
    m_meetingLabel->setText(where);
    if (m_agenda.empty() || m_meeting.status == QStringLiteral("cancelled")) {
        m_position->setText(tr("No referrals"));
        m_name->setText(m_meeting.status == QStringLiteral("cancelled")
                            ? tr("This meeting was cancelled.")
                            : tr("This meeting has no referrals on its agenda."));
        m_facts->setText(tr("Build the agenda from the meetings list (Enter on the meeting), then come back."));
        m_decision->setEnabled(false);
        m_summary->hide();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_finish->setEnabled(m_meeting.status == QStringLiteral("planned"));
        return;
    }
    m_index = 0;
    showCurrent();
}

void MeetingModeWindow::showCurrent()
{
    const AgendaReferral& a = m_agenda.at(static_cast<size_t>(m_index));
    m_position->setText(tr("Referral %1 of %2").arg(m_index + 1).arg(count()));
    m_name->setText(a.pupilName);
    QStringList facts;
    if (a.dateOfBirth.isValid()) {
        facts << tr("Age %1").arg(ageOn(a.dateOfBirth, m_meeting.meetingDate));
        if (const auto year = nationalCurriculumYear(a.dateOfBirth, m_meeting.meetingDate)) {
            facts << nationalCurriculumYearName(*year);
        }
    }
    facts << a.schoolName;
    facts << tr("referred %1").arg(ukDate(a.receivedOn));
    if (!a.upn.isEmpty()) {
        facts << tr("UPN %1").arg(a.upn);
    }
    m_facts->setText(facts.join(QStringLiteral("  \u00b7  ")));
    m_summary->showReferral(a, HistoryRepository(m_db).historyForPupil(a.pupilId, m_calendars, m_meeting.meetingDate),
                            ChronologyRepository(m_db).eventsForPupil(a.pupilId, true));
    auto referral = PipReferralRepository(m_db).load(a.referralId);
    if (referral) {
        m_decision->setEnabled(true);
        m_decision->showReferral(referral.value(), a.minutes, m_meeting.meetingDate);
    } else {
        m_decision->setEnabled(false);
        m_decision->showSaveError(tr("This referral could not be opened: %1").arg(referral.error().message));
    }
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < count());
    m_keys->setText(m_index + 1 < count() ? tr("Next: %1").arg(m_agenda.at(static_cast<size_t>(m_index) + 1).pupilName)
                                          : tr("Last referral: Finish meeting (Alt+F) when done"));
    m_finish->setEnabled(m_meeting.status != QStringLiteral("cancelled"));
    m_decision->setFocus();
    if (QWidget* first = m_decision->findChild<QWidget*>(QStringLiteral("decisionCombo"))) {
        first->setFocus();
    }
}

bool MeetingModeWindow::saveCurrent()
{
    if (m_index < 0 || !m_decision->isEnabled()) {
        return true;
    }
    m_decision->commitEdits();
    if (!m_decision->changed()) {
        return true;
    }
    if (!m_decision->revalidate()) {
        return false;
    }
    const qint64 referralId = m_agenda.at(static_cast<size_t>(m_index)).referralId;
    PanelMeetingRepository repository(m_db);
    const Status saved = repository.recordDecision(m_meetingId, m_decision->decision(),
                                                   m_agenda.at(static_cast<size_t>(m_index)).rowVersion);
    if (!saved) {
        m_decision->showSaveError(tr("Not saved: %1").arg(saved.error().message));
        return false;
    }
    // The agenda again (one query), so each referral carries its new row version and what was decided; the panel
    // stays on the same referral even if the agenda changed meanwhile.
    if (auto agenda = repository.agenda(m_meetingId); agenda && !agenda->empty()) {
        m_agenda = std::move(agenda).value();
        const auto it = std::find_if(m_agenda.begin(), m_agenda.end(),
                                     [referralId](const AgendaReferral& r) { return r.referralId == referralId; });
        m_index = it == m_agenda.end() ? std::min(m_index, count() - 1) : static_cast<int>(it - m_agenda.begin());
    }
    // What was saved is now what the decision panel compares with, so saving again without a change writes nothing
    // (the actions keep their ids).
    if (auto reloaded = PipReferralRepository(m_db).load(referralId)) {
        m_decision->showReferral(reloaded.value(), m_agenda.at(static_cast<size_t>(m_index)).minutes,
                                 m_meeting.meetingDate);
    }
    return true;
}

bool MeetingModeWindow::saveOrAsk(const QString& movingOn)
{
    if (saveCurrent()) {
        return true;
    }
    QString reason = m_decision->firstError();
    if (reason.isEmpty()) {
        reason = tr("the database refused it (the reason is shown under the decision)");
    }
    QMessageBox box(QMessageBox::Warning, tr("Not saved"),
                    tr("What was entered for %1 cannot be saved: %2")
                        .arg(m_agenda.at(static_cast<size_t>(m_index)).pupilName, reason),
                    QMessageBox::NoButton, this);
    QPushButton* stay = box.addButton(tr("&Stay and put it right"), QMessageBox::RejectRole);
    QPushButton* discard = box.addButton(movingOn, QMessageBox::DestructiveRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == discard;
}

bool MeetingModeWindow::goTo(int index)
{
    if (index < 0 || index >= count() || index == m_index) {
        return false;
    }
    if (!saveOrAsk(tr("&Move on without saving"))) {
        return false;
    }
    m_index = index;
    showCurrent();
    return true;
}

void MeetingModeWindow::finishMeeting()
{
    if (!saveOrAsk(tr("&Finish without saving it"))) {
        return;
    }
    const auto undecided =
        std::count_if(m_agenda.begin(), m_agenda.end(), [](const AgendaReferral& a) { return a.decision.isEmpty(); });
    if (undecided > 0 &&
        QMessageBox::question(this, tr("Finish the meeting?"),
                              undecided == 1
                                  ? tr("1 referral has no decision recorded. Finish the meeting anyway? It is "
                                       "deferred: it can go on the next meeting's agenda.")
                                  : tr("%1 referrals have no decision recorded. Finish the meeting anyway? They are "
                                       "deferred: they can go on the next meeting's agenda.")
                                        .arg(undecided)) != QMessageBox::Yes) {
        return;
    }
    PanelMeetingRepository repository(m_db);
    auto current = repository.load(m_meetingId);
    if (current && current->attendees.trimmed().isEmpty()) {
        // A meeting is held with its attendees on record: ask for them here rather than refuse.
        bool ok = false;
        const QString attendees = QInputDialog::getMultiLineText(
            this, tr("Who attended?"), tr("Who attended the meeting (one per line)? The minutes list them."), QString(),
            &ok);
        if (!ok || attendees.trimmed().isEmpty()) {
            m_decision->showSaveError(tr("The meeting was not marked held: enter who attended first."));
            return;
        }
        PanelMeeting withAttendees = current.value();
        withAttendees.attendees = attendees.trimmed();
        if (Status st = repository.update(withAttendees, withAttendees.rowVersion); !st) {
            m_decision->showSaveError(tr("The meeting was not marked held: %1").arg(st.error().message));
            return;
        }
        current = repository.load(m_meetingId);
    }
    const Status held =
        current ? repository.markHeld(m_meetingId, current->rowVersion, QDate::currentDate()) : Status(current.error());
    if (!held) {
        m_decision->showSaveError(tr("The meeting was not marked held: %1").arg(held.error().message));
        return;
    }
    m_finished = true;
    close();
}

bool MeetingModeWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType() ||
        static_cast<QWidget*>(watched)->window() != this) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool next = (mods == Qt::NoModifier && key->key() == Qt::Key_PageDown) ||
                      (mods == Qt::AltModifier && key->key() == Qt::Key_Right);
    const bool previous = (mods == Qt::NoModifier && key->key() == Qt::Key_PageUp) ||
                          (mods == Qt::AltModifier && key->key() == Qt::Key_Left);
    if (next || previous) {
        goTo(m_index + (next ? 1 : -1));
        return true;
    }
    if (mods == Qt::NoModifier && key->key() == Qt::Key_Escape && !m_decision->editingAction()) {
        close();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingModeWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished && !saveOrAsk(tr("&Leave without saving"))) {
        event->ignore();
        return;
    }
    qApp->removeEventFilter(this);
    event->accept();
    Q_EMIT closed();
}

void MeetingModeWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void MeetingModeWindow::applyFonts()
{
    // Sized from the window's height so the back of the room can read it on any projector: 24 px text at 768
    // lines, 33 px at 1080; the pupil's name nearly twice that. Set through the style sheet, which would otherwise
    // hold every child to the application's font.
    const int base = std::clamp(height() / 32, 16, 44);
    if (base == m_fontSize) {
        return;
    }
    m_fontSize = base;
    setStyleSheet(QString::fromLatin1(kStyle).arg(base).arg(base * 7 / 4));
    m_summary->fitYears();
}

} // namespace casebook
