#pragma once

#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace casebook {

class Database;
class MeetingListModel;
class MeetingModeWindow;

// The Pupil Inclusion Panel's meetings, newest first: New meeting (Alt+N), Enter or Alt+O opens the selected one
// with its agenda, Alt+M runs it in meeting mode (a large-type window for a projector).
class MeetingsView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsView(Database& db, QWidget* parent = nullptr);

    void refresh();
    // Opens the meeting form (window-modal, returns at once): a new meeting (0) or the one given.
    void openMeetingForm(qint64 meetingId);
    // Opens meeting mode for the meeting (or brings its window forward).
    void startMeetingMode(qint64 meetingId);
    // The meeting-mode window while one is open.
    MeetingModeWindow* meetingModeWindow() const;
    // The selected meeting's id, or 0.
    qint64 currentMeeting() const;
    // Writes the meeting's minutes (attendees, each referral's decision, actions and minutes) to a PDF marked
    // OFFICIAL-SENSITIVE and says so in the status line; a failure is said there and leaves any file untouched.
    Status exportMinutes(qint64 meetingId, const QString& path);

private:
    void selectMeeting(qint64 meetingId);

    Database& m_db;
    QTableView* m_table;
    QLabel* m_status;
    MeetingListModel* m_model;
    QPointer<MeetingModeWindow> m_meetingMode;
};

} // namespace casebook
