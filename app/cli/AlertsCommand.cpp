#include "AlertFormat.h"
#include "CliSupport.h"
#include "Commands.h"

#include "calendar/UkDate.h"

#include <QJsonDocument>

#include <algorithm>

namespace casebook::cli {

// casebook-cli alerts --db FILE [--on YYYY-MM-DD] [--format table|csv|json]
int runAlerts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every open statutory deadline and flag across all pupils, by due date, with who owes it."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("on"), QStringLiteral("The day to compute for (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err() << "casebook-cli: --format must be table, csv or json, not '" << format << "'.\n" << Qt::flush;
        return kUsage;
    }
    QDate on;
    if (!parseOnDate(parser, on)) {
        return kUsage;
    }
    auto db = openDatabase(parser);
    if (!db) {
        return kNoDatabase;
    }
    auto alerts = AlertService(*db).openAlerts(on);
    if (!alerts) {
        err() << "casebook-cli: " << alerts.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    const std::vector<AlertRow>& rows = alerts.value();
    if (format == QLatin1String("json")) {
        QJsonObject doc;
        doc.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
        doc.insert(QStringLiteral("count"), static_cast<int>(rows.size()));
        doc.insert(QStringLiteral("alerts"), alertsJson(rows, true));
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    if (format == QLatin1String("csv")) {
        out() << alertsCsvHeader() << "\n";
        for (const AlertRow& row : rows) {
            out() << alertCsvLine(row) << "\n";
        }
        out() << Qt::flush;
        return kOk;
    }
    out() << "Open deadlines and alerts on " << ukDate(on) << ": " << rows.size() << "\n";
    if (!rows.empty()) {
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(QStringLiteral("Due"), -11)
                     .arg(QStringLiteral("Status"), -9)
                     .arg(QStringLiteral("Owed by"), -17)
                     .arg(QStringLiteral("Pupil"), -28)
                     .arg(QStringLiteral("What"));
    }
    for (const AlertRow& row : rows) {
        const Deadline& d = row.deadline;
        QString state = isAlert(d.kind) ? QStringLiteral("ALERT") : (d.overdue ? QStringLiteral("OVERDUE") : QString());
        if (d.estimated) {
            state += QStringLiteral("~");
        }
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(ukDate(d.due), -11)
                     .arg(state, -9)
                     .arg(partyLabel(d.owedBy), -17)
                     .arg(QString(row.pupilName + QStringLiteral(" ") + row.upn).left(28), -28)
                     .arg(d.description);
    }
    if (std::any_of(rows.begin(), rows.end(), [](const AlertRow& r) { return r.deadline.estimated; })) {
        out() << "~ estimated: term dates are not loaded for that period (casebook-cli calendar --import).\n";
    }
    out() << Qt::flush;
    return kOk;
}

} // namespace casebook::cli
