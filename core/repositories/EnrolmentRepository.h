#pragma once

#include "common/Result.h"
#include "domain/Enrolment.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

// A pupil's school history: enrolments, and moves that end one and start the next in one transaction.
class EnrolmentRepository
{
public:
    explicit EnrolmentRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Enrolment& enrolment);
    // Saves the enrolment's own fields while the row still has enrolment.rowVersion (a Conflict otherwise).
    Status update(const Enrolment& enrolment);
    // One enrolment with its school's name and row version; NotFound when there is none.
    Result<Enrolment> load(qint64 id);
    // The pupil's enrolments that are not voided, oldest first.
    Result<std::vector<Enrolment>> forPupil(qint64 pupilId);
    // The enrolment a move would end: the latest open one, a single or main registration before a subsidiary
    // one; nullopt when the pupil is on no school's roll.
    Result<std::optional<Enrolment>> current(qint64 pupilId);
    // Ends the leaving enrolment (when there is one, while it still has its row version) and starts the new one
    // at the destination school (when there is one), in one transaction. The id of the new enrolment, or of
    // the ended one when there is no destination.
    Result<qint64> recordMove(const SchoolMove& move);

private:
    Database& m_db;
};

} // namespace casebook
