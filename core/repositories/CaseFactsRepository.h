#pragma once

#include "common/Result.h"
#include "rules/CaseFacts.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <vector>

namespace casebook {

class Database;

// One pupil's statutory facts, as the rules need them, with enough identity to show whose they are.
struct PupilCase
{
    qint64 pupilId = 0;
    QString upn;
    QString name; // "SURNAME, Forename"
    PupilFacts facts;
    std::vector<SuspensionFacts> suspensions;
    std::vector<ExclusionFacts> exclusions;
};

// Reads suspensions and permanent exclusions as rule facts, in a fixed number of queries
// (never one per pupil). Voided records are left out.
class CaseFactsRepository
{
public:
    explicit CaseFactsRepository(Database& db) : m_db(db) {}

    // Every pupil with a suspension starting, or an exclusion decided, on or after `since`; characteristics
    // (looked after) as on `onDate`. Records decided after `onDate` are left out (they did not exist yet).
    // Ordered by pupil id.
    Result<std::vector<PupilCase>> casesSince(QDate since, QDate onDate);

    // One pupil's whole record (all years) as it stood on `onDate`.
    Result<PupilCase> caseForPupil(qint64 pupilId, QDate onDate);

private:
    // Each filter is an SQL condition with '?' placeholders, bound to its own values.
    struct Filter
    {
        QString sql;
        QVariantList values;
    };
    Result<std::vector<PupilCase>> load(const Filter& suspensions, const Filter& exclusions, const Filter& pupils,
                                        QDate onDate);

    Database& m_db;
};

} // namespace casebook
