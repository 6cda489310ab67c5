#pragma once

#include "caserecords/CaseRecordKind.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace casebook::test {

// Every row of every table that holds one pupil's records (each kind's tables, contacts included), by table.
// A cell is "NULL" or "<type>:<value>", so NULL, '' and a number stored as text all differ. Rows with an id
// are in rowid order; rows without one (reasons) are sorted, as rewriting them moves their rowid.
using SnapshotRow = std::map<QString, QString>;
using PupilSnapshot = std::map<QString, std::vector<SnapshotRow>>;

PupilSnapshot snapshotPupil(const QSqlDatabase& db, qint64 pupilId);

// What changed between two snapshots, one line per difference ("table[id].column: before -> after"). The
// edited row (`table`, `id`) may differ only in updated_at, and its row_version must go up by exactly one.
QStringList snapshotDifferences(const PupilSnapshot& before, const PupilSnapshot& after, const QString& table,
                                qint64 id);

// A record of a kind, with the pupil it belongs to.
struct SampledRecord
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString pattern; // per column: '-' NULL, '+' set, or the value of a choice column; then the child rows
};

// Up to `count` records of the kind that are not voided, as unlike one another as the data allows: the first
// record of each pattern (which columns are set, which choices were made, none / one / several child rows),
// the patterns furthest from those already picked first. A count of 0 takes the first record of every pattern.
std::vector<SampledRecord> sampleRecords(const QSqlDatabase& db, CaseRecordKind kind, int count);

} // namespace casebook::test
