#pragma once

#include "caserecords/CaseRecordKind.h"
#include "common/Result.h"

#include <QStringList>
#include <QVariantList>

#include <vector>

namespace casebook {

class Database;

// Every row of one kind of record for one pupil (the main table and its child tables), as stored. Taken
// before and after a form saves, so the change can be undone and redone while the pupil's record is open.
struct CaseSnapshot
{
    struct Table
    {
        RecordTable table;
        QStringList columns;
        std::vector<QVariantList> rows;
    };
    CaseRecordKind kind = CaseRecordKind::Suspension;
    qint64 pupilId = 0;
    std::vector<Table> tables;

    // True when both hold the same rows with the same values, ignoring row_version and updated_at
    // (bookkeeping that every restore moves on).
    bool sameContentAs(const CaseSnapshot& other) const;
};

// Reads the pupil's rows of `kind`.
Result<CaseSnapshot> captureCase(Database& db, qint64 pupilId, CaseRecordKind kind);

// Puts the pupil's rows of `target.kind` back as they were in `target`, in one transaction: rows added since
// are deleted, changed rows get their old values back (with row_version moved on, so open forms see the
// change), removed rows come back. Refused, changing nothing, unless what is stored now has the same content
// as `expectedNow` (someone else changed the records since).
Status restoreCase(Database& db, const CaseSnapshot& target, const CaseSnapshot& expectedNow);

} // namespace casebook
