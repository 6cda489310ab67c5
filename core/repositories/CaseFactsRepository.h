#pragma once

#include "common/Result.h"
#include "rules/CaseAlerts.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <map>

#include <vector>

namespace casebook {

class Database;

// One pupil's statutory facts, as the rules need them, with enough identity to show whose they are.
struct PupilCase : CaseRecords
{
    qint64 pupilId = 0;
    QString upn;
    QString name; // "SURNAME, Forename"
};

// Reads suspensions, permanent exclusions, PSPs, PIP referrals and EHE/CME registrations as rule facts, in a fixed
// number of queries (never one per pupil). Voided records are left out.
class CaseFactsRepository
{
public:
    explicit CaseFactsRepository(Database& db) : m_db(db) {}

    // Every pupil with a suspension starting, an exclusion decided or an EHE/CME registration on or after `since`,
    // or with a PSP review or PIP action still open; characteristics
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
    struct Filters
    {
        Filter pupils;
        Filter suspensions;
        Filter exclusions;
        Filter psps;
        Filter referrals;
        Filter registrations;
    };
    Result<std::vector<PupilCase>> load(const Filters& filters, QDate onDate);
    Status loadPlans(const Filters& filters, std::vector<PupilCase>& cases, const std::map<qint64, size_t>& index);

    Database& m_db;
};

} // namespace casebook
