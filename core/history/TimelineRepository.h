#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"
#include "history/Timeline.h"

#include <QDate>

#include <vector>

namespace casebook {

class Database;

// Reads what one pupil's timeline shows in ONE query (a UNION over enrolments, suspensions, permanent exclusions,
// PSPs, placements, AP placements, EHE/CME registrations and PIP referrals, each branch on an index that starts
// with pupil_id, with school names joined once). Voided records are left out.
class TimelineRepository
{
public:
    explicit TimelineRepository(Database& db) : m_db(db) {}

    SqlStatement statement(qint64 pupilId) const;
    Result<std::vector<TimelineRecord>> recordsForPupil(qint64 pupilId);
    // The records shaped by buildTimeline(), open spans running to `asOf`.
    Result<TimelineData> timelineForPupil(qint64 pupilId, QDate asOf);

private:
    Database& m_db;
};

} // namespace casebook
