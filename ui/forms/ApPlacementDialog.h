#pragma once

#include "domain/ApPlacement.h"
#include "domain/School.h"
#include "forms/FormSupport.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace casebook {

class Database;

// Records a pupil's alternative provision (AP) placement, or edits one (apId != 0). The provider's name
// completes from the schools whose phase is AP or PRU, and picking one fills in the provider school. Problems are
// shown beside their fields as the officer types; a part-time placement asks for confirmation; a failed save
// keeps the form and says why.
class ApPlacementDialog : public QDialog
{
    Q_OBJECT

public:
    ApPlacementDialog(Database& db, qint64 pupilId, qint64 apId = 0, QWidget* parent = nullptr);

    // The placement as the form stands.
    ApPlacement apPlacement() const;
    // The record's id after a successful save (the same id when editing).
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void load(qint64 apId);
    // When the provider's name is an AP school's, chooses that school as the provider school (if none is).
    void matchProviderSchool();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    ApPlacement m_record; // id, pupil and row version as opened
    qint64 m_savedId = 0;
    bool m_openFailed = false;
    std::vector<School> m_apSchools;
    QLineEdit* m_providerName;
    QComboBox* m_providerSchool;
    QComboBox* m_commissioningSchool;
    QComboBox* m_commissionedBy;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDoubleSpinBox* m_days;
    QCheckBox* m_dual;
    QDoubleSpinBox* m_cost;
    QLineEdit* m_outcome;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace casebook
