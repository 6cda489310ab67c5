#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"
#include "domain/School.h"

#include <QVector>

#include <optional>
#include <vector>

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
    // A new school and its rolls (see saveRolls) in one transaction.
    Result<qint64> insert(const School& school, const std::vector<SchoolRoll>& rolls);
    // Saves the school's fields while the row still has school.rowVersion (a Conflict otherwise).
    Status update(const School& school);
    // The school's fields and the given rolls, in one transaction.
    Status update(const School& school, const std::vector<SchoolRoll>& rolls);
    // Every field of one school, with its row version; NotFound when there is no such school.
    Result<School> load(qint64 id);
    Result<std::optional<School>> findByUrn(const QString& urn);
    Result<std::optional<School>> findByLaestab(const QString& laestab);

    // Every roll the school has, newest academic year first, with its year groups.
    Result<std::vector<SchoolRoll>> rolls(qint64 schoolId);
    // Replaces the school's roll for each academic year given (headcount and year groups together); a roll with
    // a negative headcount removes that year's roll. Years not given are left alone. One transaction.
    Status saveRolls(qint64 schoolId, const std::vector<SchoolRoll>& rolls);
    // Sets (or replaces) the January census headcount for an academic year ("2024/25").
    Status setRoll(qint64 schoolId, const QString& academicYear, int headcount);

    // The school the pupil is on roll at now (latest open enrolment), or 0.
    Result<qint64> currentSchoolOf(qint64 pupilId);
    // The school the pupil is on roll at now or, failing that, the one they left last; 0 when they have none.
    Result<qint64> latestSchoolOf(qint64 pupilId);

    // Schools whose name, URN or LAESTAB contains `filter` (all when empty), by name; at most `limit`.
    Result<QVector<Row>> list(const QString& filter, int limit);
    // The statement list() runs.
    static SqlStatement listStatement(const QString& filter, int limit);

private:
    Database& m_db;
};

} // namespace casebook
