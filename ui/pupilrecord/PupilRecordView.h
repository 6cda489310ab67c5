#pragma once

#include "caserecords/CaseSnapshot.h"
#include "caserecords/RecordListRepository.h"
#include "chronology/ChronologyRepository.h"
#include "common/Result.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace casebook {

class Database;
class DueDeadlinesModel;
class HistoryView;
class RecordListModel;

// One pupil: identity, flags and key figures (days this year against 45, this term, open PSP, PIP status),
// then tabs: open deadlines, the history (timeline, filtered chronology, figures per year, support tried), and a
// list per kind of record. Every kind can be added from the
// Add menu (each with its own shortcut) and edited with Enter; records entered in error are voided with a
// reason. Each saved change can be undone (Ctrl+Z) and redone (Ctrl+Y) while the record is open.
class PupilRecordView : public QWidget
{
    Q_OBJECT

public:
    PupilRecordView(Database& db, qint64 pupilId, QWidget* parent = nullptr);

    qint64 pupilId() const { return m_pupilId; }
    // The tab title: surname and forename.
    QString shortName() const { return m_shortName; }
    QUndoStack* undoStack() const { return m_undo; }

    // Reloads everything as on `onDate` (today when null, or the day last asked for).
    void reload(QDate onDate = {});

    // Opens the form to add (recordId 0) or edit a record; a saved change goes on the undo stack.
    void openForm(CaseRecordKind kind, qint64 recordId = 0);
    // Brings forward the tab listing the record and selects it (nothing happens when it is not listed).
    void showRecord(CaseRecordKind kind, qint64 recordId);
    // Voids the record selected in the current tab after asking why.
    void voidSelected();
    // Writes the pupil's history (as on the day the record shows) to a PDF marked OFFICIAL-SENSITIVE and says so
    // under the header; a failure is said there too and leaves any existing file untouched.
    Status exportHistory(const QString& path);

Q_SIGNALS:
    // The pupil's records changed (the dashboard and the search may need refreshing).
    void recordsChanged();

private:
    struct ListTab
    {
        RecordListKind kind;
        QTableView* table = nullptr;
        RecordListModel* model = nullptr;
    };

    void addListTab(RecordListKind kind, const QString& title, const QString& objectName);
    void createActions();
    void editCurrent();
    const ListTab* currentListTab() const;
    void pushChange(const CaseSnapshot& before, CaseRecordKind kind, const QString& text);
    void reportUndo(const QString& error);
    void loadHistory(QVector<ChronologyEvent> events, QDate on);

    Database& m_db;
    qint64 m_pupilId;
    QDate m_onDate;
    QString m_shortName;
    QLabel* m_identity;
    QLabel* m_figures;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QTableView* m_deadlines;
    DueDeadlinesModel* m_deadlineModel;
    HistoryView* m_history;
    std::vector<ListTab> m_lists;
    QUndoStack* m_undo;
};

} // namespace casebook
