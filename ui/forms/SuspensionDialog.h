#pragma once

#include "calendar/CalendarSet.h"
#include "domain/Suspension.h"
#include "forms/FormSupport.h"
#include "rules/CaseFacts.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace casebook {

class Database;

// Records a suspension for one pupil. Problems are shown beside their fields as the officer types; a
// 45-day breach asks for confirmation rather than refusing; saving is one transaction, and a failed save
// keeps the form and says why.
class SuspensionDialog : public QDialog
{
    Q_OBJECT

public:
    SuspensionDialog(Database& db, qint64 pupilId, QWidget* parent = nullptr);

    // The suspension as the form stands.
    Suspension suspension() const;
    // The id given by the database after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void fillReasons();
    // Re-checks the form; true when nothing blocks saving.
    bool revalidate();

    Database& m_db;
    qint64 m_pupilId;
    qint64 m_savedId = 0;
    QComboBox* m_school;
    QDateEdit* m_firstDay;
    QCheckBox* m_afternoon;
    QCheckBox* m_lunchtime;
    QDoubleSpinBox* m_days;
    QDateEdit* m_decision;
    QComboBox* m_reasons[3];
    QDateEdit* m_parent;
    QDateEdit* m_governors;
    QDateEdit* m_la;
    QPlainTextEdit* m_detail;
    QLabel* m_saveError;
    forms::IssueLabels m_issues;
    QDialogButtonBox* m_buttons;
    std::vector<SuspensionFacts> m_others;
    CalendarSet m_calendars;
};

} // namespace casebook
