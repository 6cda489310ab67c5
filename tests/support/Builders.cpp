#include "Builders.h"

#include "rules/Upn.h"
#include "services/CalendarImport.h"

#include <QFile>

namespace casebook::test {

QString makeUpn(int la, int estab, int yy, int serial)
{
    const QString body = QStringLiteral("%1%2%3%4")
                             .arg(la, 3, 10, QLatin1Char('0'))
                             .arg(estab, 4, 10, QLatin1Char('0'))
                             .arg(yy, 2, 10, QLatin1Char('0'))
                             .arg(serial, 3, 10, QLatin1Char('0'));
    return QString(upnCheckLetter(body).value_or(QLatin1Char('?'))) + body;
}

School makeSchool(const QString& urn, const QString& name, const QString& phase)
{
    School s;
    s.urn = urn;
    s.name = name;
    s.phase = phase;
    s.schoolType = QStringLiteral("academy");
    s.locality = QStringLiteral("North");
    return s;
}

Pupil makePupil(const QString& forename, const QString& surname, const QDate& dob, const QString& upn)
{
    Pupil p;
    p.legalForename = forename;
    p.legalSurname = surname;
    p.dateOfBirth = dob;
    p.upn = upn;
    p.sex = QStringLiteral("M");
    return p;
}

bool loadFixtureTermDates(Database& db)
{
    QFile csv(QStringLiteral(CASEBOOK_TEST_DATA_DIR "/calendar-2024-25.csv"));
    return csv.open(QIODevice::ReadOnly) &&
           CalendarImport(db).importCsv(csv.readAll(), QStringLiteral("calendar-2024-25.csv")).ok();
}

} // namespace casebook::test
