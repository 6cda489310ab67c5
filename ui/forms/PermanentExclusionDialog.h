#pragma once

#include "calendar/CalendarSet.h"
#include "domain/Suspension.h"
#include "forms/FormSupport.h"
#include "rules/CaseFacts.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace casebook {

class Database;

// Records or edits a permanent exclusion and its review stages, one tab per stage: Decision, Governing
// board, Review panel, Afterwards (reconsideration, LA provision, destination). Each stage shows the
// statutory deadline it is due by as soon as the dates entered allow the rules to compute it. Problems
// are shown beside their fields as the officer types (a tab holding one is marked "(!)"); a second
// exclusion that still stands asks for confirmation; saving is one transaction, an edit is refused when
// someone else changed the record meanwhile, and a failed save keeps the form and says why.
// Keyboard: Ctrl+PgDown / Ctrl+PgUp or Alt+D, Alt+G, Alt+P, Alt+A change tab; Enter saves; Esc cancels.
class PermanentExclusionDialog : public QDialog
{
    Q_OBJECT

public:
    PermanentExclusionDialog(Database& db, qint64 pupilId, qint64 exclusionId = 0, QWidget* parent = nullptr);

    // The exclusion as the form stands (with the id and row version it was loaded with).
    PermanentExclusion exclusion() const;
    // The record's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    QWidget* buildDecisionPage();
    QWidget* buildBoardPage();
    QWidget* buildReviewPanelPage();
    QWidget* buildAfterwardsPage();
    QLabel* makeDeadlineLabel(const QString& objectName);
    QDateEdit* makeOptionalDate(const QString& objectName, const QString& accessibleName);
    void connectChanges();
    void load(qint64 exclusionId);
    void fillReasons();
    // Re-checks the form and refreshes the stage deadlines; true when nothing blocks saving.
    bool revalidate();
    void markTabs(const std::vector<FieldIssue>& issues);

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_exclusionId;
    int m_rowVersion = 0;
    bool m_loadFailed = false; // editing a record that could not be read: nothing to save
    qint64 m_savedId = 0;
    forms::IssueLabels m_issues;
    QTabWidget* m_tabs = nullptr;
    // Decision
    QComboBox* m_school = nullptr;
    QDateEdit* m_decision = nullptr;
    QDateEdit* m_effective = nullptr;
    QComboBox* m_reasons[3] = {};
    QCheckBox* m_wouldMissExam = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QDateEdit* m_parent = nullptr;
    QDateEdit* m_governors = nullptr;
    QDateEdit* m_la = nullptr;
    QDateEdit* m_socialWorker = nullptr;
    QDateEdit* m_virtualSchool = nullptr;
    QLabel* m_notificationsDue = nullptr;
    // Governing board
    QLabel* m_boardDue = nullptr;
    QDateEdit* m_boardMeeting = nullptr;
    QComboBox* m_boardOutcome = nullptr;
    QDateEdit* m_boardNotice = nullptr;
    // Independent review panel
    QLabel* m_reviewPanelDue = nullptr;
    QDateEdit* m_irpApplication = nullptr;
    QDateEdit* m_irpMeeting = nullptr;
    QComboBox* m_irpOutcome = nullptr;
    QDateEdit* m_irpDecision = nullptr;
    // Afterwards
    QLabel* m_reconsiderationDue = nullptr;
    QDateEdit* m_reconsideration = nullptr;
    QComboBox* m_reconsiderationOutcome = nullptr;
    QLabel* m_sixthDayDue = nullptr;
    QDateEdit* m_laProvisionFrom = nullptr;
    QLineEdit* m_laProvisionDetail = nullptr;
    QLineEdit* m_destination = nullptr;
    QDateEdit* m_withdrawn = nullptr;

    QLabel* m_saveError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<PermanentExclusion> m_others;
    PupilFacts m_pupil;
    CalendarSet m_calendars;
};

} // namespace casebook
