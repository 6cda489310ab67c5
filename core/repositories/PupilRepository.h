#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"
#include "domain/Pupil.h"

#include <QVector>

#include <optional>

namespace casebook {

class Database;

// Pupils: identity records and search. Searches run in SQL on indexed columns; nothing loads the whole table.
class PupilRepository
{
public:
    explicit PupilRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Pupil& pupil);
    Result<std::optional<Pupil>> findById(qint64 id);
    Result<std::optional<Pupil>> findByUpn(const QString& upn);

    // Finds pupils by UPN (exact), date of birth (dd/mm/yyyy or YYYY-MM-DD), or name: every word must begin
    // one of the pupil's legal or preferred names. Voided pupils are left out. At most `limit` rows.
    Result<QVector<PupilSummary>> search(const QString& text, int limit);
    // The statement search() runs; empty SQL when the text is blank.
    static SqlStatement searchStatement(const QString& text, int limit);

private:
    Database& m_db;
};

} // namespace casebook
