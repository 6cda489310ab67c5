#pragma once

#include "domain/PipReferral.h"
#include "panel/PanelMeeting.h"
#include "services/FieldIssue.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casebook {

namespace forms {
class ChildRowsTable;
}

// Meeting mode's right side: the panel's decision on one referral (decision, notes, minutes, actions with owner and
// due date), checked as it is entered with the referral rules. Alt+A adds an action and opens its description;
// Tab moves along the row; Enter ends the edit; Delete removes the chosen action.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(QWidget* parent = nullptr);

    // Shows the referral as saved (with its actions and minutes), for a meeting on `meetingDate`.
    void showReferral(const PipReferral& referral, const QString& minutes, QDate meetingDate);
    // The decision as entered.
    PanelDecision decision() const;
    // True when something differs from what was shown.
    bool changed() const;
    // Re-checks what was entered and shows each message beside its field; true when nothing blocks saving.
    bool revalidate();
    // The first error, or empty.
    QString firstError() const;
    // Ends an edit in the actions table so what was typed counts.
    void commitEdits();
    // True while an action's cell is being edited (Esc then cancels the edit).
    bool editingAction() const;
    void showSaveError(const QString& message);

Q_SIGNALS:
    void edited();

private:
    void addAction();
    std::vector<FieldIssue> issues() const;
    QLabel* issueLabel(const QString& field);

    PipReferral m_shown;
    QString m_shownMinutes;
    QDate m_meetingDate;
    QComboBox* m_decision;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_minutes;
    forms::ChildRowsTable* m_actions;
    QPushButton* m_addAction;
    QLabel* m_saveError;
    // Messages beside the decision and the actions (any other field's under the decision). Not forms::IssueLabels:
    // that grows its window to fit, and meeting mode keeps the size of the screen it is on.
    QMap<QString, QLabel*> m_issues;
};

} // namespace casebook
