#pragma once

#include "forms/FormSupport.h"
#include "panel/PanelMeeting.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace casebook {

class Database;

// Plans or edits a Pupil Inclusion Panel meeting (date, location, attendees, status, general minutes) and builds
// its agenda: open referrals on the left, the agenda on the right. Enter or Insert in the open referrals (or
// Alt+P) puts one on the agenda; Delete in the agenda (or Alt+K) takes it off; Ctrl+Up / Ctrl+Down (or Alt+Up /
// Alt+Down, Alt+U / Alt+N) move it. The meeting and its agenda are saved in one transaction.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // meetingId 0 plans a new meeting; otherwise the meeting is loaded for editing.
    explicit MeetingDialog(Database& db, qint64 meetingId = 0, QWidget* parent = nullptr);

    // The meeting as the form stands.
    PanelMeeting meeting() const;
    // The referral ids on the agenda, in order.
    std::vector<qint64> agendaIds() const;
    // The meeting's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void connectFields();
    void load(qint64 meetingId);
    void fillLists(const std::vector<AgendaReferral>& open, const std::vector<AgendaReferral>& agenda);
    void putOnAgenda();
    void takeOffAgenda();
    void move(int by);
    void renumber();
    void updateButtons();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();
    void showSaveError(const QString& message);

    Database& m_db;
    PanelMeeting m_loaded;
    qint64 m_savedId = 0;
    bool m_loadFailed = false;
    QHash<qint64, AgendaReferral> m_referrals;
    QDateEdit* m_date;
    QLineEdit* m_location;
    QPlainTextEdit* m_attendees;
    QComboBox* m_status;
    QPlainTextEdit* m_minutes;
    QTreeWidget* m_open;
    QTreeWidget* m_agenda;
    QPushButton* m_put;
    QPushButton* m_takeOff;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
