#pragma once

#include "domain/School.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casebook {

class Database;
class SchoolRollEditor;

// Adds a school (schoolId 0) or edits one: identifiers (URN, LAESTAB), name, phase, type, trust, locality,
// opening and closing dates, and the number on roll per academic year by year group. The school and its rolls
// are saved in one transaction.
class SchoolDialog : public QDialog
{
    Q_OBJECT

public:
    SchoolDialog(Database& db, qint64 schoolId = 0, QWidget* parent = nullptr);

    // The school as the form stands (identifiers tidied), and the rolls changed in the form.
    School school() const;
    std::vector<SchoolRoll> changedRolls() const;
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void buildLayout();
    void load();
    bool revalidate();
    std::vector<FieldIssue> issues();
    // The name of another school that has this URN / LAESTAB, or empty.
    QString urnOwner(const QString& urn);
    QString laestabOwner(const QString& laestab);

    Database& m_db;
    qint64 m_schoolId;
    qint64 m_savedId = 0;
    School m_loaded;
    QString m_urnLookedUp;
    QString m_urnOwner;
    QString m_laestabLookedUp;
    QString m_laestabOwner;
    QLineEdit* m_urn;
    QLineEdit* m_laestab;
    QLineEdit* m_name;
    QComboBox* m_phase;
    QComboBox* m_type;
    QLineEdit* m_trust;
    QLineEdit* m_locality;
    QDateEdit* m_openedOn;
    QDateEdit* m_closedOn;
    SchoolRollEditor* m_rolls;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
