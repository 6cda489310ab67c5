#pragma once

#include "common/Result.h"
#include "domain/CaseNote.h"

namespace casebook {

class Database;
class SqlQuery;

// Case notes on a pupil's chronology.
class CaseNoteRepository
{
public:
    explicit CaseNoteRepository(Database& db) : m_db(db) {}

    // Adds a note; its id.
    Result<qint64> insert(const CaseNote& note);
    // Saves an edited note if it still has `expectedRowVersion`, else the stale-record error. The author is
    // kept as first recorded.
    Status update(const CaseNote& note, int expectedRowVersion);
    // The note with its row version.
    Result<CaseNote> load(qint64 id);

private:
    Database& m_db;
};

} // namespace casebook
