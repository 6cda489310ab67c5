#pragma once

#include "domain/Psp.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace casebook {

class Database;
namespace forms {
class ChildRowsTable;
}

// Records or edits a pastoral support plan with its reviews. A new plan is offered a planned end a typical
// plan's length after the start and a review every few weeks (PspCheck.h); the offer follows the start date
// until the officer changes it. The plan and its reviews are saved in one transaction; a failed save keeps
// the form and says why.
class PspDialog : public QDialog
{
    Q_OBJECT

public:
    // pspId 0 records a new plan for `pupilId`; otherwise the plan is loaded for editing.
    PspDialog(Database& db, qint64 pupilId, qint64 pspId = 0, QWidget* parent = nullptr);

    // The plan and its reviews as the form stands.
    Psp psp() const;
    // The plan's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void buildLayout();
    void connectFields();
    void load(qint64 pspId);
    bool isNew() const { return m_loaded.id == 0; }
    // Offers review dates every few weeks up to the planned end, keeping reviews already held or noted.
    void scheduleReviews();
    void addReview();
    void removeReview();
    void onStartChanged();
    void onPlannedEndChanged();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();
    void showSaveError(const QString& message);

    Database& m_db;
    Psp m_loaded;
    qint64 m_savedId = 0;
    bool m_loadFailed = false;
    bool m_programmatic = false;      // the form, not the officer, is changing fields
    bool m_plannedEndTouched = false; // the officer chose the planned end
    bool m_reviewsTouched = false;    // the officer edited the reviews
    std::vector<Psp> m_others;
    QComboBox* m_school;
    QDateEdit* m_start;
    QDateEdit* m_plannedEnd;
    QDateEdit* m_end;
    QLineEdit* m_laRepresentative;
    QComboBox* m_status;
    QPlainTextEdit* m_targets;
    QPlainTextEdit* m_agencies;
    QPlainTextEdit* m_outcome;
    forms::ChildRowsTable* m_reviews;
    QPushButton* m_addReview;
    QPushButton* m_removeReview;
    QSpinBox* m_reviewEvery;
    QPushButton* m_schedule;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
