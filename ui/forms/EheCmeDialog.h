#pragma once

#include "domain/EheCme.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casebook {

class Database;

// Records a pupil's elective home education (EHE) or child missing education (CME) registration, or edits one
// (registrationId != 0). Problems are shown beside their fields as the officer types; EHE soon after a
// suspension or permanent exclusion is flagged as possible off-rolling and asks for confirmation; a failed save
// keeps the form and says why.
class EheCmeDialog : public QDialog
{
    Q_OBJECT

public:
    EheCmeDialog(Database& db, qint64 pupilId, qint64 registrationId = 0, QWidget* parent = nullptr);

    // The registration as the form stands.
    EheCmeRegistration registration() const;
    // The record's id after a successful save (the same id when editing).
    qint64 savedId() const { return m_savedId; }
    // How many weeks after a suspension or exclusion EHE is flagged (default kDefaultOffRollingWindowWeeks).
    void setOffRollingWindowWeeks(int weeks);

    void accept() override;

private:
    void load(qint64 registrationId);
    std::vector<FieldIssue> check() const;
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    EheCmeRegistration m_record; // id, pupil and row version as opened
    qint64 m_savedId = 0;
    bool m_openFailed = false;
    int m_offRollingWeeks;
    std::vector<ExclusionDate> m_exclusions; // the pupil's suspensions and exclusions, loaded once
    QComboBox* m_kind;
    QDateEdit* m_registered;
    QComboBox* m_school;
    QPlainTextEdit* m_reason;
    QDateEdit* m_ended;
    QLineEdit* m_outcome;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
