#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace casebook {

class Database;

// Whole-file checks: integrity, foreign keys, per-table counts.
class MaintenanceRepository
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Typical records to measure against: the busiest pupil and school, a name prefix, the latest term.
    struct SampleTargets
    {
        qint64 pupilId = 0;
        QString upn;
        QString surnamePrefix; // the first three letters of that pupil's surname
        QString commonPrefix;  // the two letters most surnames start with (the slowest search as you type)
        qint64 schoolId = 0;
        QString academicYear;
        QString term;
    };

    explicit MaintenanceRepository(Database& db) : m_db(db) {}

    Result<SampleTargets> sampleTargets();
    // The `count` legal surnames most pupils share, commonest first (ties by name): the searches typed most.
    Result<QStringList> commonSurnames(int count);

    // True when the file holds no schools and no pupils (a new deployment).
    Result<bool> isEmptyOfRecords();

    // Problems SQLite's integrity check reports; empty when the file is sound.
    Result<QStringList> integrityProblems();
    // Rows that refer to missing records, as "table row N → parent".
    Result<QStringList> foreignKeyProblems();
    Result<QVector<TableCount>> tableCounts();

private:
    Database& m_db;
};

} // namespace casebook
