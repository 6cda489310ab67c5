#pragma once

#include "domain/Placement.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace casebook {

class Database;

// Records a managed move or an off-site direction for a pupil, or edits one (placementId != 0). Problems are
// shown beside their fields as the officer types; an off-site direction with no review date, or an overlap with
// another placement of the same kind, asks for confirmation; a failed save keeps the form and says why.
class PlacementDialog : public QDialog
{
    Q_OBJECT

public:
    PlacementDialog(Database& db, qint64 pupilId, qint64 placementId = 0, QWidget* parent = nullptr);

    // The placement as the form stands.
    Placement placement() const;
    // The record's id after a successful save (the same id when editing).
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void load(qint64 placementId);
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    Placement m_record; // id, pupil and row version as opened
    qint64 m_savedId = 0;
    bool m_openFailed = false;
    std::vector<Placement> m_others; // the pupil's placements, for the overlap check
    QComboBox* m_kind;
    QComboBox* m_from;
    QComboBox* m_to;
    QDateEdit* m_start;
    QDateEdit* m_review;
    QDateEdit* m_end;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
