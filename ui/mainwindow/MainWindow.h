#pragma once

#include "caserecords/CaseRecordKind.h"
#include "rules/Deadline.h"

#include <QMainWindow>

class QTabWidget;

namespace casebook {

class Database;
class DueDashboardView;
class MeetingsView;
class PupilSearchView;
class SchoolBrowser;
class TrendsView;

// The officer's main window: find a pupil, due and overdue deadlines, browse schools, panel meetings, trends.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    // Opens the pupil's record in a tab of its own (or brings it forward).
    void openPupil(qint64 pupilId);
    // Opens the pupil form (Ctrl+N); likely duplicates are offered before a pupil is created.
    void newPupil();

private:
    static CaseRecordKind caseRecordKindFor(RecordKind kind);
    void createMenus();
    void updateTitle();

    Database& m_db;
    QTabWidget* m_tabs;
    PupilSearchView* m_pupils;
    SchoolBrowser* m_schools;
    DueDashboardView* m_due;
    MeetingsView* m_meetings;
    TrendsView* m_trends;
    bool m_dueLoaded = false;
};

} // namespace casebook
