#include "PlanningBuilders.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace casebook::test {

Psp makePsp(qint64 pupilId, qint64 schoolId, QDate start)
{
    Psp p;
    p.pupilId = pupilId;
    p.schoolId = schoolId;
    p.startDate = start;
    p.plannedEndDate = start.addDays(7LL * 16);
    p.targets = QStringLiteral("Attend every lesson on time");
    return p;
}

PipReferral makeReferral(qint64 pupilId, qint64 schoolId, QDate received)
{
    PipReferral r;
    r.pupilId = pupilId;
    r.schoolId = schoolId;
    r.receivedOn = received;
    r.reason = QStringLiteral("Three suspensions this term despite a PSP");
    return r;
}

CaseNote makeCaseNote(qint64 pupilId, QDate notedOn, const QString& body)
{
    CaseNote n;
    n.pupilId = pupilId;
    n.notedOn = notedOn;
    n.body = body;
    return n;
}

qint64 addPanelMeeting(Database& db, QDate date, const QString& location, const QString& status)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO panel_meetings (meeting_date, location, status) VALUES (?, ?, ?)"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(location);
    q.addBindValue(status);
    if (!q.exec()) {
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

} // namespace casebook::test
