#pragma once

#include "common/Result.h"
#include "domain/EheCme.h"

#include <vector>

namespace casebook {

class Database;

// Elective home education and children missing education registrations (ehe_cme_registrations). Edits use
// optimistic locking on row_version.
class EheCmeRepository
{
public:
    explicit EheCmeRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const EheCmeRegistration& registration);
    // Saves the edited fields when the row is still at `expectedRowVersion`; fails with a Conflict otherwise.
    Status update(const EheCmeRegistration& registration, int expectedRowVersion);
    // The record with its current row version; NotFound when there is none.
    Result<EheCmeRegistration> load(qint64 id);

    // In one query: the first day of each of the pupil's suspensions and the decision date of each permanent
    // exclusion (voided records left out; cancelled or withdrawn ones kept, as a threat of exclusion still
    // counts), by date.
    Result<std::vector<ExclusionDate>> exclusionDates(qint64 pupilId);
    // The school the pupil is on roll at now or, when none, the school they left most recently; 0 when none.
    Result<qint64> latestSchoolOf(qint64 pupilId);

private:
    Database& m_db;
};

} // namespace casebook
