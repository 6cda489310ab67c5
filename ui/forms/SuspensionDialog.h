#pragma once

#include "calendar/CalendarSet.h"
#include "domain/DateSpan.h"
#include "domain/Suspension.h"
#include "forms/FormSupport.h"
#include "rules/CaseFacts.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace casebook {

class Database;

// Records or edits a suspension for one pupil. Problems are shown beside their fields as the officer types;
// a 45-day breach or a repeat suspension with no pastoral support plan asks for confirmation rather than
// refusing; saving is one transaction, an edit is refused when someone else changed the record meanwhile,
// and a failed save keeps the form and says why. Editing adds a "Follow-up" tab (later notifications,
// reintegration, sixth-day provision, board review, cancellation): Ctrl+PgDown / Ctrl+PgUp or Alt+I / Alt+U.
class SuspensionDialog : public QDialog
{
    Q_OBJECT

public:
    SuspensionDialog(Database& db, qint64 pupilId, qint64 suspensionId = 0, QWidget* parent = nullptr);

    // The suspension as the form stands (with the id and row version it was loaded with).
    Suspension suspension() const;
    // The record's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    QWidget* buildSuspensionPage();
    QWidget* buildFollowUpPage();
    void connectChanges();
    void load(qint64 suspensionId);
    void fillReasons();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_suspensionId;
    int m_rowVersion = 0;
    bool m_loadFailed = false; // editing a record that could not be read: nothing to save
    qint64 m_savedId = 0;
    forms::IssueLabels m_issues;
    QTabWidget* m_tabs = nullptr; // editing only
    // The suspension
    QComboBox* m_school = nullptr;
    QDateEdit* m_firstDay = nullptr;
    QCheckBox* m_afternoon = nullptr;
    QCheckBox* m_lunchtime = nullptr;
    QDoubleSpinBox* m_days = nullptr;
    QDateEdit* m_decision = nullptr;
    QComboBox* m_reasons[3] = {};
    QDateEdit* m_parent = nullptr;
    QDateEdit* m_governors = nullptr;
    QDateEdit* m_la = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    // Follow-up (editing)
    QDateEdit* m_socialWorker = nullptr;
    QDateEdit* m_virtualSchool = nullptr;
    QDateEdit* m_reintegration = nullptr;
    QLineEdit* m_sixthDayProvision = nullptr;
    QDateEdit* m_sixthDayFrom = nullptr;
    QDateEdit* m_boardRequested = nullptr;
    QDateEdit* m_boardReview = nullptr;
    QComboBox* m_boardOutcome = nullptr;
    QCheckBox* m_wouldMissExam = nullptr;
    QDateEdit* m_cancelled = nullptr;

    QLabel* m_saveError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<SuspensionFacts> m_others;
    std::vector<DateSpan> m_psps;
    CalendarSet m_calendars;
};

} // namespace casebook
