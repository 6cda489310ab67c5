#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace casebook {

// The kinds of record kept about a pupil, each with its own form and tab.
enum class CaseRecordKind
{
    Pupil, // the pupil's own details and characteristics
    Suspension,
    Exclusion,
    Psp,
    PipReferral,
    Support,
    Placement, // managed move or off-site direction
    ApPlacement,
    Registration, // elective home education or child missing education
    Enrolment,
    Contact,
    CaseNote,
};

// A table a kind's records live in, and how to find one pupil's rows in it.
struct RecordTable
{
    QString name;
    QString pupilScope; // SQL condition with one '?' for the pupil id
    bool hasIdColumn = true;
};

const std::vector<CaseRecordKind>& allCaseRecordKinds();
QString caseRecordKindId(CaseRecordKind kind);   // "suspension", "psp", ... (stable)
QString caseRecordKindName(CaseRecordKind kind); // "suspension", "pastoral support plan", ... (for messages)
// The main table first, then child tables (rows that belong to a main row) in the order they reference it.
std::vector<RecordTable> recordTables(CaseRecordKind kind);
// True when records of this kind are voided (kept with a reason) rather than deleted.
bool isVoidable(CaseRecordKind kind);

} // namespace casebook
