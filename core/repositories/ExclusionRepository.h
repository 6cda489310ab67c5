#pragma once

#include "common/Result.h"
#include "domain/DateSpan.h"
#include "domain/Suspension.h"

#include <QVector>

#include <vector>

namespace casebook {

class Database;
class SqlQuery;

// Suspensions and permanent exclusions with their reasons. Each record and its reasons are written in
// one transaction. Updates use optimistic locking: they succeed only while the stored row still has the
// row version the record was loaded with, and fail with a Conflict error otherwise.
class ExclusionRepository
{
public:
    explicit ExclusionRepository(Database& db) : m_db(db) {}

    Result<qint64> insertSuspension(const Suspension& suspension);
    // Many suspensions in one transaction with statements prepared once (imports): all or none.
    Status insertSuspensions(const QVector<Suspension>& suspensions);
    // The suspension with its reasons in order and its row version; NotFound when there is none.
    Result<Suspension> loadSuspension(qint64 id);
    // Writes every field and replaces the reasons; `suspension.rowVersion` is the version it was loaded with.
    Status updateSuspension(const Suspension& suspension);

    Result<qint64> insertExclusion(const PermanentExclusion& exclusion);
    Result<PermanentExclusion> loadExclusion(qint64 id);
    Status updateExclusion(const PermanentExclusion& exclusion);
    // The pupil's permanent exclusions (voided ones left out), oldest decision first.
    Result<std::vector<PermanentExclusion>> exclusionsForPupil(qint64 pupilId);

    // When the pupil had a pastoral support plan (voided plans left out), oldest first: the suspension
    // check asks whether a PSP was in place when a pupil is suspended again.
    Result<std::vector<DateSpan>> pastoralSupportSpans(qint64 pupilId);

private:
    static QString insertSuspensionSql();
    static void bindSuspension(SqlQuery& q, const Suspension& s);
    static void bindExclusion(SqlQuery& q, const PermanentExclusion& x);
    Status insertReasons(const QString& table, const QString& idColumn, qint64 id, const QStringList& codes);
    Status replaceReasons(const QString& table, const QString& idColumn, qint64 id, const QStringList& codes);
    Result<QStringList> loadReasons(const QString& table, const QString& idColumn, qint64 id);
    // Runs an optimistic-locking UPDATE; a Conflict error when no row had the expected version.
    Status execLockedUpdate(SqlQuery& q);

    Database& m_db;
};

} // namespace casebook
