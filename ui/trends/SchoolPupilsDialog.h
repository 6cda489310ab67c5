#pragma once

#include "analytics/SchoolPupilsRepository.h"
#include "analytics/SmallNumbers.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace casebook {

class Database;

// The drill-down from a school to its pupils: everyone with a counted suspension or permanent exclusion at
// the school in the academic year, most serious first (SchoolPupilsRepository). Enter or double-click opens
// the pupil's record. Pupil-level data is not shown while small numbers are suppressed (the screen may be
// shared); the dialog says so instead.
class SchoolPupilsDialog : public QDialog
{
    Q_OBJECT

public:
    SchoolPupilsDialog(Database& db, qint64 schoolId, const QString& academicYear, const SmallNumberPolicy& policy,
                       QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    int pupilCount() const;
    QString message() const;

Q_SIGNALS:
    void pupilActivated(qint64 pupilId);

private:
    void load(Database& db, qint64 schoolId, const QString& academicYear);

    QLabel* m_message;
    QTableView* m_table;
    QStandardItemModel* m_model;
};

} // namespace casebook
