#include "panel/MeetingsView.h"

#include "panel/MeetingDialog.h"
#include "panel/MeetingListModel.h"
#include "panel/MeetingModeWindow.h"

#include "MinutesPdf.h"
#include "common/ActivateOnEnter.h"
#include "panel/PanelMeetingRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook {

MeetingsView::MeetingsView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_model(new MeetingListModel(this))
{
    setObjectName(QStringLiteral("meetingsView"));
    auto* title = new QLabel(tr("Pupil &Inclusion Panel meetings:"), this);
    title->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("meetingList"));
    m_table->setAccessibleName(tr("Panel meetings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MeetingListModel::Location, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("meetingListStatus"));

    auto* add = new QPushButton(tr("&New meeting…"), this);
    add->setObjectName(QStringLiteral("newMeetingButton"));
    add->setAccessibleName(tr("New meeting"));
    add->setToolTip(tr("Plan a meeting and build its agenda from the open referrals (Alt+N)"));
    auto* open = new QPushButton(tr("&Open meeting…"), this);
    open->setObjectName(QStringLiteral("openMeetingButton"));
    open->setAccessibleName(tr("Open meeting"));
    open->setToolTip(tr("The selected meeting's details and agenda (Enter)"));
    auto* mode = new QPushButton(tr("Meeting &mode"), this);
    mode->setObjectName(QStringLiteral("meetingModeButton"));
    mode->setAccessibleName(tr("Meeting mode"));
    mode->setToolTip(tr("Run the selected meeting on a projector or shared screen, one pupil at a time (Alt+M)"));
    auto* minutes = new QPushButton(tr("&Export minutes as PDF…"), this);
    minutes->setObjectName(QStringLiteral("exportMinutesButton"));
    minutes->setAccessibleName(tr("Export minutes as PDF"));
    minutes->setToolTip(tr("Save the selected meeting's minutes (attendees, decisions, actions) as a PDF marked "
                           "OFFICIAL-SENSITIVE (Alt+E)"));
    for (QPushButton* b : {add, open, mode, minutes}) {
        b->setAutoDefault(false);
    }
    connect(add, &QPushButton::clicked, this, [this] { openMeetingForm(0); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMeeting(); id != 0) {
            openMeetingForm(id);
        }
    });
    connect(mode, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMeeting(); id != 0) {
            startMeetingMode(id);
        }
    });
    connect(minutes, &QPushButton::clicked, this, [this] {
        const qint64 id = currentMeeting();
        if (id == 0) {
            m_status->setText(tr("Choose a meeting first."));
            return;
        }
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("Panel minutes %1.pdf")
                              .arg(m_model->rowAt(m_table->currentIndex().row()).meetingDate.toString(Qt::ISODate)));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the minutes"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            static_cast<void>(exportMinutes(id, path)); // the outcome is shown in the status line
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openMeetingForm(m_model->rowAt(index.row()).id); });
    ActivateOnEnter::install(m_table);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addWidget(mode);
    buttons->addWidget(minutes);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_table);
    refresh();
}

MeetingModeWindow* MeetingsView::meetingModeWindow() const
{
    return m_meetingMode.data();
}

Status MeetingsView::exportMinutes(qint64 meetingId, const QString& path)
{
    auto minutes = PanelMeetingRepository(m_db).minutes(meetingId);
    Status written = minutes ? printing::writeMinutesPdf(minutes.value(), path) : Status(minutes.error());
    m_status->setText(written ? tr("Minutes saved to %1. They are OFFICIAL-SENSITIVE: keep them and any printout "
                                   "secure.")
                                    .arg(QDir::toNativeSeparators(path))
                              : tr("The minutes were not exported: %1").arg(written.error().message));
    return written;
}

qint64 MeetingsView::currentMeeting() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->rowAt(index.row()).id : 0;
}

void MeetingsView::refresh()
{
    const qint64 current = currentMeeting();
    auto rows = PanelMeetingRepository(m_db).meetings();
    if (!rows) {
        m_model->setRows({});
        m_status->setText(tr("Could not list the meetings: %1").arg(rows.error().message));
        return;
    }
    const int n = static_cast<int>(rows->size());
    m_model->setRows(std::move(rows).value());
    m_status->setText(n == 0 ? tr("No meetings yet. Plan one with New meeting (Alt+N).")
                             : (n == 1 ? tr("1 meeting.") : tr("%1 meetings.").arg(n)));
    selectMeeting(current);
}

void MeetingsView::selectMeeting(qint64 meetingId)
{
    const int row = std::max(0, m_model->rowOf(meetingId));
    if (row < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(row, MeetingListModel::Date));
    }
}

void MeetingsView::openMeetingForm(qint64 meetingId)
{
    auto* dialog = new MeetingDialog(m_db, meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        selectMeeting(dialog->savedId());
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void MeetingsView::startMeetingMode(qint64 meetingId)
{
    if (m_meetingMode != nullptr) {
        m_meetingMode->raise();
        m_meetingMode->activateWindow();
        return;
    }
    m_meetingMode = new MeetingModeWindow(m_db, meetingId, this);
    connect(m_meetingMode, &MeetingModeWindow::closed, this, [this, meetingId] {
        refresh();
        selectMeeting(meetingId);
        m_table->setFocus();
    });
    m_meetingMode->showFullScreen();
    m_meetingMode->activateWindow();
}

} // namespace casebook
