#pragma once

#include "caserecords/CaseRecordKind.h"
#include "common/Result.h"

#include <QStringList>
#include <QVariantList>

#include <vector>

namespace casebook {

class Database;

// The lists on a pupil's record, one per tab. Placements gathers managed moves, off-site directions,
// alternative provision and EHE/CME registrations.
enum class RecordListKind
{
    Suspensions,
    Exclusions,
    Psps,
    Referrals,
    Support,
    Placements,
    Schools,
    Contacts,
    Notes,
};

struct RecordListRow
{
    CaseRecordKind kind = CaseRecordKind::Suspension;
    qint64 id = 0;
    QVariantList cells; // QDate for dates, numbers as numbers, text otherwise
    bool voided = false;
};

struct RecordList
{
    QStringList headers;
    std::vector<RecordListRow> rows; // newest first
};

// Reads one pupil's records of a kind for display, a query per kind of record, on indexes that start with
// pupil_id. Voided records are included and marked: the record shows what was struck out and why.
class RecordListRepository
{
public:
    explicit RecordListRepository(Database& db) : m_db(db) {}

    Result<RecordList> list(RecordListKind kind, qint64 pupilId);

private:
    Status append(RecordList& list, CaseRecordKind kind, const QString& sql, qint64 pupilId);

    Database& m_db;
};

} // namespace casebook
