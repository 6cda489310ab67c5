#pragma once

#include "calendar/CalendarSet.h"
#include "panel/PanelMeeting.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace casebook {

class Database;
class DecisionPanel;
class ReferralSummaryPanel;

// Meeting mode: a clean, large-type window for a projector or shared screen that takes the panel through its agenda
// one referral at a time. Top: "Referral 2 of 3", the pupil's name, age, year, school. Left, read only: why
// referred, evidence, key figures per year, latest suspensions, support tried. Right: the decision panel.
// Keys: PageDown / Alt+Right next referral, PageUp / Alt+Left previous (what was entered is saved first, or the
// panel is asked what to do when it cannot be), Alt+F finishes the meeting (marks it held), Esc leaves.
// There is no way from here into a pupil's record or the exclusion and suspension forms.
class MeetingModeWindow : public QWidget
{
    Q_OBJECT

public:
    MeetingModeWindow(Database& db, qint64 meetingId, QWidget* parent = nullptr);
    ~MeetingModeWindow() override;

    int currentIndex() const { return m_index; }
    int count() const { return static_cast<int>(m_agenda.size()); }
    // Moves to the referral at `index` (0-based) after saving the current one; false when the panel chose to stay.
    bool goTo(int index);
    // Saves what was entered for the current referral when it changed; false (with the reason shown) when it cannot.
    bool saveCurrent();
    // Saves, asks about undecided referrals, marks the meeting held and closes.
    void finishMeeting();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void loadMeeting();
    void showCurrent();
    // Saves, or asks whether to move on without saving; false when the panel stays.
    bool saveOrAsk(const QString& movingOn);
    void applyFonts();

    Database& m_db;
    qint64 m_meetingId;
    PanelMeeting m_meeting;
    std::vector<AgendaReferral> m_agenda;
    CalendarSet m_calendars;
    int m_index = -1;
    bool m_finished = false;
    int m_fontSize = 0;
    QLabel* m_position;
    QLabel* m_meetingLabel;
    QLabel* m_name;
    QLabel* m_facts;
    ReferralSummaryPanel* m_summary;
    DecisionPanel* m_decision;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_finish;
    QPushButton* m_leave;
    QLabel* m_keys;
};

} // namespace casebook
