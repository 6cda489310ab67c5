#pragma once

#include "domain/Support.h"
#include "forms/FormSupport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casebook {

class Database;

// Records support or an intervention tried for a pupil, or edits one (supportId != 0). Problems are shown
// beside their fields as the officer types; a start far ahead asks for confirmation; a failed save keeps the
// form and says why; an edit is refused when someone else changed the record meanwhile.
class SupportDialog : public QDialog
{
    Q_OBJECT

public:
    SupportDialog(Database& db, qint64 pupilId, qint64 supportId = 0, QWidget* parent = nullptr);

    // The support as the form stands.
    Support support() const;
    // The record's id after a successful save (the same id when editing).
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void load(qint64 supportId);
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    Support m_record; // id, pupil and row version as opened
    qint64 m_savedId = 0;
    bool m_openFailed = false;
    QComboBox* m_kind;
    QComboBox* m_school;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_provider;
    QPlainTextEdit* m_notes;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
