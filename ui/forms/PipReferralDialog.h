#pragma once

#include "domain/PipReferral.h"
#include "forms/FormSupport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casebook {

class Database;
namespace forms {
class ChildRowsTable;
}

// Records or edits a referral to the Pupil Inclusion Panel with the actions agreed on it. The referral and
// its actions are saved in one transaction; a failed save keeps the form and says why.
class PipReferralDialog : public QDialog
{
    Q_OBJECT

public:
    // referralId 0 records a new referral for `pupilId`; otherwise the referral is loaded for editing.
    PipReferralDialog(Database& db, qint64 pupilId, qint64 referralId = 0, QWidget* parent = nullptr);

    // The referral and its actions as the form stands.
    PipReferral referral() const;
    // The referral's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void buildLayout();
    void connectFields();
    void load(qint64 referralId);
    void fillMeetings(qint64 current);
    void addAction();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();
    void showSaveError(const QString& message);

    Database& m_db;
    PipReferral m_loaded;
    qint64 m_savedId = 0;
    bool m_loadFailed = false;
    QComboBox* m_school;
    QDateEdit* m_received;
    QComboBox* m_status;
    QComboBox* m_meeting;
    QComboBox* m_decision;
    QDateEdit* m_decisionOn;
    QPlainTextEdit* m_reason;
    QPlainTextEdit* m_evidence;
    QPlainTextEdit* m_decisionNotes;
    forms::ChildRowsTable* m_actions;
    QPushButton* m_addAction;
    QPushButton* m_removeAction;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
