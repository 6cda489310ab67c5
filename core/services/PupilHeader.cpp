#include "services/PupilHeader.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace casebook {

Result<PupilHeader> loadPupilHeader(Database& db, qint64 pupilId, QDate onDate)
{
    PupilHeader header;
    const QString on = onDate.toString(Qt::ISODate);
    SqlQuery flags(db.connection(),
                   SqlStatement{QStringLiteral("SELECT kind, value FROM pupil_characteristics WHERE pupil_id = ? AND "
                                               "valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                                               "ORDER BY valid_from"),
                                {pupilId, on, on}});
    if (Status s = flags.exec(); !s) {
        return s.error();
    }
    while (flags.next()) {
        const QString kind = flags.text(0);
        const QString value = flags.text(1);
        if (kind == QLatin1String("sen")) {
            header.sen = value;
        } else if (kind == QLatin1String("fsm")) {
            header.freeSchoolMeals = value == QLatin1String("1");
        } else if (kind == QLatin1String("looked_after")) {
            header.lookedAfter = value == QLatin1String("1");
        }
    }
    SqlQuery school(
        db.connection(),
        SqlStatement{QStringLiteral("SELECT s.name FROM enrolments e JOIN schools s ON s.id = e.school_id "
                                    "WHERE e.pupil_id = ? AND e.voided_at IS NULL AND e.start_date <= ? AND "
                                    "(e.end_date IS NULL OR e.end_date >= ?) "
                                    "ORDER BY e.registration_type <> 'subsidiary_dual', e.start_date DESC "
                                    "LIMIT 1"),
                     {pupilId, on, on}});
    if (Status s = school.exec(); !s) {
        return s.error();
    }
    if (school.next()) {
        header.currentSchool = school.text(0);
    }
    SqlQuery psp(
        db.connection(),
        SqlStatement{QStringLiteral("SELECT min(start_date) FROM psps WHERE pupil_id = ? AND voided_at IS NULL "
                                    "AND status = 'active' AND start_date <= ? AND "
                                    "(end_date IS NULL OR end_date >= ?)"),
                     {pupilId, on, on}});
    if (Status s = psp.exec(); !s) {
        return s.error();
    }
    if (psp.next()) {
        header.openPspSince = psp.date(0);
    }
    SqlQuery pip(
        db.connection(),
        SqlStatement{QStringLiteral("SELECT status, decision, received_on FROM pip_referrals WHERE pupil_id = ? "
                                    "AND voided_at IS NULL AND received_on <= ? "
                                    "ORDER BY received_on DESC, id DESC LIMIT 1"),
                     {pupilId, on}});
    if (Status s = pip.exec(); !s) {
        return s.error();
    }
    if (pip.next()) {
        header.pipStatus = pip.text(0);
        header.pipDecision = pip.text(1);
        header.pipReceived = pip.date(2);
    }
    return header;
}

} // namespace casebook
