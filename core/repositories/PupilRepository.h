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

    // Finds pupils by UPN (exact), date of birth (dd/mm/yyyy or YYYY-MM-DD), or name. One word: pupils whose
    // surname starts with it, then those whose forename or a preferred name does. Several words: every word
    // must begin one of the legal or preferred names. Ordered by surname, forename, date of birth within each
    // group. Voided pupils are left out. At most `limit` rows.
    Result<QVector<PupilSummary>> search(const QString& text, int limit);
    // The statements search() runs: the first, then (for one word, while fewer than `limit` were found) the
    // follow-up. Empty SQL when there is nothing to run.
    static SqlStatement searchStatement(const QString& text, int limit);
    static SqlStatement searchFollowUpStatement(const QString& text, int limit);

private:
    Status readSummaries(const SqlStatement& statement, QVector<PupilSummary>& rows);

    Database& m_db;
};

} // namespace casebook
