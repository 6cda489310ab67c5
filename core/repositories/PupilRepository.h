#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"
#include "domain/Enrolment.h"
#include "domain/Pupil.h"

#include <QVector>

#include <optional>
#include <utility>
#include <vector>

namespace casebook {

class Database;

// Pupils: identity records, their dated characteristics, and search. Searches run in SQL on indexed columns;
// nothing loads the whole table.
class PupilRepository
{
public:
    explicit PupilRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Pupil& pupil);
    // A new pupil, the characteristics known today (a dated row from `today` for each one recorded) and,
    // when given, the pupil's current school: all in one transaction. The enrolment's pupilId is ignored.
    Result<qint64> insert(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today,
                          const std::optional<Enrolment>& currentSchool = std::nullopt);
    // Saves the pupil's fields while the row still has pupil.rowVersion; a Conflict when someone else
    // changed it since it was loaded.
    Status update(const Pupil& pupil);
    // The pupil's fields and any characteristic that changed (see setCharacteristics), in one transaction.
    Status update(const Pupil& pupil, const PupilCharacteristics& characteristics, QDate today);
    // Every field of one pupil, with its row version; NotFound when there is no such pupil.
    Result<Pupil> load(qint64 id);
    Result<std::optional<Pupil>> findById(qint64 id);
    Result<std::optional<Pupil>> findByUpn(const QString& upn);

    // Pupils a new record may duplicate: the same UPN, or the same forename and surname (each compared,
    // ignoring case, with the legal and the preferred one) and the same date of birth. Voided pupils are left
    // out. Runs on the UPN and date-of-birth indexes.
    Result<QVector<PupilSummary>> likelyDuplicates(const QString& upn, const QString& forename, const QString& surname,
                                                   QDate dateOfBirth);
    static SqlStatement likelyDuplicatesStatement(const QString& upn, const QString& forename, const QString& surname,
                                                  QDate dateOfBirth);

    // The current value of each characteristic: the open row (no end date) of each kind.
    Result<PupilCharacteristics> characteristics(qint64 pupilId);
    // Records that characteristic `kind` (sen, fsm, looked_after) has `value` from `today` (empty: no longer
    // recorded). Unchanged: nothing is written. Otherwise the open row ends the day before and a new row starts
    // today; an open row that started today (or later) is changed in place, or removed when the value is empty.
    Status setCharacteristic(qint64 pupilId, const QString& kind, const QString& value, QDate today);
    // setCharacteristic for SEN, FSM and looked-after, in one transaction.
    Status setCharacteristics(qint64 pupilId, const PupilCharacteristics& characteristics, QDate today);

    // The ethnicity codes for a chooser, as ("Description (CODE)", code), in the DfE's order.
    Result<std::vector<std::pair<QString, QString>>> ethnicityChoices();

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
