#pragma once

#include "common/Result.h"
#include "domain/Contact.h"

#include <vector>

namespace casebook {

class Database;

// Parents, carers and others to contact about a pupil. A pupil has at most one primary contact: saving a
// primary contact clears the flag on the pupil's others in the same transaction.
class ContactRepository
{
public:
    explicit ContactRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Contact& contact);
    // Saves the contact while the row still has contact.rowVersion (a Conflict otherwise).
    Status update(const Contact& contact);
    // One contact with its row version; NotFound when there is none.
    Result<Contact> load(qint64 id);
    // The pupil's contacts, the primary one first, then by name.
    Result<std::vector<Contact>> forPupil(qint64 pupilId);

private:
    Status clearOtherPrimaries(qint64 pupilId, qint64 keepId);

    Database& m_db;
};

} // namespace casebook
