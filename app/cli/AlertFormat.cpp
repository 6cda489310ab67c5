#include "AlertFormat.h"

#include <QStringList>

namespace casebook::cli {

namespace {

QString csvField(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

} // namespace

QJsonObject alertJson(const AlertRow& row, bool withPupil)
{
    const Deadline& d = row.deadline;
    QJsonObject o;
    o.insert(QStringLiteral("kind"), deadlineKindId(d.kind));
    o.insert(QStringLiteral("alert"), isAlert(d.kind));
    o.insert(QStringLiteral("due"), d.due.toString(Qt::ISODate));
    o.insert(QStringLiteral("owed_by"), partyId(d.owedBy));
    o.insert(QStringLiteral("overdue"), d.overdue);
    o.insert(QStringLiteral("estimated"), d.estimated);
    o.insert(QStringLiteral("record"), recordKindId(d.recordKind));
    o.insert(QStringLiteral("record_id"), d.recordId);
    o.insert(QStringLiteral("school"), row.schoolName);
    o.insert(QStringLiteral("description"), d.description);
    if (withPupil) {
        o.insert(QStringLiteral("pupil_id"), row.pupilId);
        o.insert(QStringLiteral("upn"), row.upn);
        o.insert(QStringLiteral("pupil"), row.pupilName);
    }
    return o;
}

QJsonArray alertsJson(const std::vector<AlertRow>& rows, bool withPupil)
{
    QJsonArray array;
    for (const AlertRow& row : rows) {
        array.append(alertJson(row, withPupil));
    }
    return array;
}

QString alertsCsvHeader()
{
    return QStringLiteral("due,kind,owed_by,overdue,estimated,upn,pupil,school,record,record_id,description");
}

QString alertCsvLine(const AlertRow& row)
{
    const Deadline& d = row.deadline;
    return QStringList{d.due.toString(Qt::ISODate),
                       deadlineKindId(d.kind),
                       partyId(d.owedBy),
                       d.overdue ? QStringLiteral("yes") : QStringLiteral("no"),
                       d.estimated ? QStringLiteral("yes") : QStringLiteral("no"),
                       csvField(row.upn),
                       csvField(row.pupilName),
                       csvField(row.schoolName),
                       recordKindId(d.recordKind),
                       QString::number(d.recordId),
                       csvField(d.description)}
        .join(QLatin1Char(','));
}

} // namespace casebook::cli
