#pragma once

#include "domain/Contact.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casebook {

class Database;

// Adds a parent, carer or other contact for a pupil (contactId 0), or edits one. Ticking "primary contact"
// makes this the pupil's only primary contact: the others lose the flag in the same transaction.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(Database& db, qint64 pupilId, qint64 contactId = 0, QWidget* parent = nullptr);

    // The contact as the form stands.
    Contact contact() const;
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void buildLayout();
    void load();
    bool revalidate();

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_contactId;
    qint64 m_savedId = 0;
    Contact m_loaded;
    bool m_loadFailed = false; // the record could not be opened: nothing to save over
    QLineEdit* m_name;
    QComboBox* m_relationship;
    QCheckBox* m_parentalResponsibility;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QCheckBox* m_primary;
    QLabel* m_primaryNote;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
