#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"
#include "domain/School.h"

#include <QVector>

#include <optional>

namespace casebook {

class Database;

// Schools and their number on roll per academic year.
class SchoolRepository
{
public:
    struct Row
    {
        School school;
        qint64 latestRoll = -1; // headcount in the latest academic year with a roll; -1 when none
        QString latestRollYear;
    };

    explicit SchoolRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const School& school);
    Result<std::optional<School>> findByUrn(const QString& urn);
    // Sets (or replaces) the January census headcount for an academic year ("2024/25").
    Status setRoll(qint64 schoolId, const QString& academicYear, int headcount);

    // The school the pupil is on roll at now (latest open enrolment), or 0.
    Result<qint64> currentSchoolOf(qint64 pupilId);

    // Schools whose name, URN or LAESTAB contains `filter` (all when empty), by name; at most `limit`.
    Result<QVector<Row>> list(const QString& filter, int limit);
    // The statement list() runs.
    static SqlStatement listStatement(const QString& filter, int limit);

private:
    Database& m_db;
};

} // namespace casebook
