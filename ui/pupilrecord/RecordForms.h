#pragma once

#include "caserecords/CaseRecordKind.h"

#include <QKeySequence>
#include <QString>

#include <memory>

class QDialog;
class QWidget;

namespace casebook {

class Database;

// The form for each kind of record, so the pupil record can add and edit any of them the same way.
struct RecordFormInfo
{
    CaseRecordKind kind;
    QString addLabel;      // menu text with a mnemonic, e.g. "Record a &suspension…"
    QKeySequence shortcut; // adds one from anywhere on the record
};

// The kinds that can be added from a pupil's record, in menu order.
const std::vector<RecordFormInfo>& addableRecordForms();

// A new form for adding (recordId 0) or editing a record of `kind`; null when the kind has no form.
std::unique_ptr<QDialog> createRecordForm(CaseRecordKind kind, Database& db, qint64 pupilId, qint64 recordId,
                                          QWidget* parent);

} // namespace casebook
