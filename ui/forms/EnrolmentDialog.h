#pragma once

#include "domain/Enrolment.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace casebook {

class Database;

// With enrolmentId 0, records a school move for the pupil: the current enrolment ends (last day, leaving
// reason, where the pupil went) and, when there is a new school, an enrolment starts there (first day,
// registration type), in one transaction. With an enrolment id, edits that enrolment's own fields.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolmentDialog(Database& db, qint64 pupilId, qint64 enrolmentId = 0, QWidget* parent = nullptr);

    // The move as the form stands (recording a move).
    SchoolMove move() const;
    // The enrolment as the form stands (editing one).
    Enrolment enrolment() const;
    // After a save: the new enrolment of a move (or the ended one when there is no new school), or the edited one.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    bool recordingMove() const { return m_enrolmentId == 0; }
    void buildMoveLayout();
    void buildEditLayout();
    void load();
    std::vector<FieldIssue> issues() const;
    bool revalidate();

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_enrolmentId;
    qint64 m_savedId = 0;
    Enrolment m_loaded;
    bool m_loadFailed = false; // the record could not be opened: nothing to save over
    std::optional<Enrolment> m_leaving;
    std::vector<Enrolment> m_others;
    bool m_startDateChosen = false; // once the officer sets the first day, it no longer follows the last day
    QComboBox* m_school;
    QDateEdit* m_endDate;
    QComboBox* m_reason;
    QLineEdit* m_note;
    QComboBox* m_destination;
    QDateEdit* m_startDate;
    QComboBox* m_registration;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
