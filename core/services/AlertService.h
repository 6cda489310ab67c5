#pragma once

#include "common/Result.h"
#include "rules/Deadline.h"
#include "rules/PupilKeyFigures.h"

#include <QDate>
#include <QString>

#include <vector>

namespace casebook {

class Database;

// One open deadline or alert, with whose it is.
struct AlertRow
{
    Deadline deadline;
    qint64 pupilId = 0;
    QString upn;
    QString pupilName;
    QString schoolName; // the school of the record the deadline is about
};

// A pupil's key figures and open deadlines on a date.
struct PupilStatus
{
    qint64 pupilId = 0;
    QString upn;
    QString name;
    QDate dateOfBirth;
    int ncYear = -99; // -99 when unknown
    bool lookedAfter = false;
    bool hasSocialWorker = false;
    PupilKeyFigures figures;
    std::vector<AlertRow> deadlines;
    QDate retentionDate;
    bool calendarEstimated = false; // term dates missing for the year asked about
};

// Computes every open statutory deadline and alert from the stored records with the statutory rules.
class AlertService
{
public:
    explicit AlertService(Database& db) : m_db(db) {}

    // Every open deadline and alert across all pupils on `onDate`, by due date. Looks at suspensions and
    // exclusions from the start of the previous academic year (older cases have run their course).
    Result<std::vector<AlertRow>> openAlerts(QDate onDate);

    Result<PupilStatus> pupilStatus(qint64 pupilId, QDate onDate);

private:
    Database& m_db;
};

} // namespace casebook
