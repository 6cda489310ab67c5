#pragma once

#include "domain/CaseNote.h"
#include "forms/FormSupport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace casebook {

class Database;

// Adds or edits a case note on a pupil's chronology. The body is multi-line: Enter starts a new line there,
// Ctrl+Enter saves from anywhere in the form and Esc cancels.
class CaseNoteDialog : public QDialog
{
    Q_OBJECT

public:
    // noteId 0 adds a note for `pupilId`; otherwise the note is loaded for editing.
    CaseNoteDialog(Database& db, qint64 pupilId, qint64 noteId = 0, QWidget* parent = nullptr);

    // The note as the form stands.
    CaseNote caseNote() const;
    // The note's id after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void load(qint64 noteId);
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();
    void showSaveError(const QString& message);

    Database& m_db;
    CaseNote m_loaded;
    qint64 m_savedId = 0;
    bool m_loadFailed = false;
    QDateEdit* m_notedOn;
    QComboBox* m_category;
    QPlainTextEdit* m_body;
    QLabel* m_hint;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
