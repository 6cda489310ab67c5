#pragma once

#include "common/Result.h"
#include "db/SqlStatement.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace casebook {

class Database;

// One dated event in a pupil's history, from any record kind.
struct ChronologyEvent
{
    QDate date;
    QString kind;   // stable id: enrolled, left_school, suspension, permanent_exclusion, board_meeting,
                    // irp_application, irp_meeting, reconsideration, exclusion_withdrawn, psp_started, psp_review,
                    // pip_referral, pip_decision, support, managed_move, off_site_direction, ap_placement, ehe, cme,
                    // case_note
    QString source; // table of the record the event opens (a PSP review: psps, with the plan's id)
    qint64 recordId = 0;
    QString schoolName;
    QString detail;  // kind-specific: a reason list, an outcome, a category
    QString detail2; // kind-specific: sessions, provider, note text
};

// Every dated event for a pupil across all schools and years, in one query (a UNION over the record tables,
// each branch on an index that starts with pupil_id). Voided records are left out.
class ChronologyRepository
{
public:
    explicit ChronologyRepository(Database& db) : m_db(db) {}

    // Newest first when `newestFirst`, else oldest first.
    SqlStatement statement(qint64 pupilId, bool newestFirst) const;
    Result<QVector<ChronologyEvent>> eventsForPupil(qint64 pupilId, bool newestFirst = true);

private:
    Database& m_db;
};

} // namespace casebook
