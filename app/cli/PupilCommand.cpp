#include "AlertFormat.h"
#include "CliSupport.h"
#include "Commands.h"

#include "calendar/NationalCurriculumYear.h"
#include "calendar/UkDate.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "rules/GuidanceNumbers.h"
#include "rules/Upn.h"

#include <QJsonDocument>

namespace casebook::cli {

namespace {

QJsonObject statusJson(const PupilStatus& s, QDate on)
{
    const PupilKeyFigures& f = s.figures;
    QJsonObject pupil;
    pupil.insert(QStringLiteral("id"), s.pupilId);
    pupil.insert(QStringLiteral("upn"), s.upn);
    pupil.insert(QStringLiteral("name"), s.name);
    pupil.insert(QStringLiteral("date_of_birth"), s.dateOfBirth.toString(Qt::ISODate));
    pupil.insert(QStringLiteral("nc_year"), s.ncYear == -99 ? QJsonValue() : QJsonValue(s.ncYear));
    pupil.insert(QStringLiteral("looked_after"), s.lookedAfter);
    pupil.insert(QStringLiteral("has_social_worker"), s.hasSocialWorker);

    QJsonObject limit;
    limit.insert(QStringLiteral("days"), f.limit.days);
    limit.insert(QStringLiteral("limit"), f.limit.limit);
    limit.insert(QStringLiteral("remaining"), f.limit.remaining);
    limit.insert(QStringLiteral("breached"), f.limit.breached);
    limit.insert(QStringLiteral("breached_on"),
                 f.limit.breachedOn.isValid() ? QJsonValue(f.limit.breachedOn.toString(Qt::ISODate)) : QJsonValue());
    limit.insert(QStringLiteral("estimated"), f.limit.estimated);

    QJsonArray terms;
    for (const TermTotal& t : f.termTotals) {
        QJsonObject o;
        o.insert(QStringLiteral("school_id"), t.schoolId);
        o.insert(QStringLiteral("term"), t.term.id());
        o.insert(QStringLiteral("days"), t.days);
        o.insert(QStringLiteral("board_duty"), boardDutyId(t.duty));
        o.insert(QStringLiteral("estimated"), t.estimated);
        terms.append(o);
    }

    QJsonArray owed;
    for (const AlertRow& row : s.deadlines) {
        if (row.deadline.kind == DeadlineKind::NotificationOwed) {
            owed.append(alertJson(row, false));
        }
    }

    QJsonObject doc;
    doc.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
    doc.insert(QStringLiteral("pupil"), pupil);
    doc.insert(QStringLiteral("academic_year"), f.year.label());
    doc.insert(QStringLiteral("suspension_days_this_year"), limit);
    doc.insert(QStringLiteral("current_term"), f.currentTerm.id());
    doc.insert(QStringLiteral("current_term_estimated"), f.currentTermEstimated);
    doc.insert(QStringLiteral("suspensions_this_term"), f.suspensionsThisTerm);
    doc.insert(QStringLiteral("suspension_days_this_term"), f.daysThisTerm);
    doc.insert(QStringLiteral("permanent_exclusions_this_year"), f.permanentExclusionsThisYear);
    doc.insert(QStringLiteral("term_totals"), terms);
    doc.insert(QStringLiteral("deadlines"), alertsJson(s.deadlines, false));
    doc.insert(QStringLiteral("notifications_owed"), owed);
    doc.insert(QStringLiteral("retention_date"), s.retentionDate.toString(Qt::ISODate));
    doc.insert(QStringLiteral("calendar_estimated"), s.calendarEstimated);
    return doc;
}

void printText(const PupilStatus& s, QDate on)
{
    const PupilKeyFigures& f = s.figures;
    out() << s.name << "  UPN " << (s.upn.isEmpty() ? QStringLiteral("(none)") : s.upn) << "  born "
          << ukDate(s.dateOfBirth);
    if (s.ncYear != -99) {
        out() << "  " << nationalCurriculumYearName(s.ncYear);
    }
    out() << "\nOn " << ukDate(on) << " (" << f.year.label() << ", " << f.currentTerm.displayName() << ")\n";
    out() << "Suspension days this academic year: " << f.limit.days << " of " << f.limit.limit
          << (f.limit.breached ? "  ** OVER THE LIMIT **" : "") << (f.limit.estimated ? "  (estimated)" : "") << "\n";
    out() << "Suspensions this term: " << f.suspensionsThisTerm << " (" << f.daysThisTerm << " days)\n";
    for (const TermTotal& t : f.termTotals) {
        out() << "  " << t.term.displayName() << ", school " << t.schoolId << ": " << t.days << " days; "
              << boardDutyDescription(t.duty) << "\n";
    }
    out() << "Open deadlines: " << s.deadlines.size() << "\n";
    for (const AlertRow& row : s.deadlines) {
        out() << "  " << ukDate(row.deadline.due) << (row.deadline.overdue ? "  OVERDUE  " : "  ")
              << row.deadline.description << "\n";
    }
    out() << "Keep records until: " << ukDate(s.retentionDate) << "\n" << Qt::flush;
}

} // namespace

// casebook-cli pupil --db FILE --upn UPN [--on DATE] [--format json|text]
int runPupil(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints one pupil's key figures: suspension days this year against the limit, per-term totals with the "
        "governing board's duty, due dates and notifications still owed."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("upn"), QStringLiteral("The pupil's UPN."), QStringLiteral("UPN")});
    parser.addOption({QStringLiteral("on"), QStringLiteral("The day to compute for (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("json (default) or text."), QStringLiteral("FORMAT"),
                      QStringLiteral("json")});
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    if (!parser.isSet(QStringLiteral("upn"))) {
        err() << "casebook-cli: pupil needs --upn UPN.\n" << Qt::flush;
        return kUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        err() << "casebook-cli: --format must be json or text, not '" << format << "'.\n" << Qt::flush;
        return kUsage;
    }
    QDate on;
    if (!parseOnDate(parser, on)) {
        return kUsage;
    }
    const PupilByUpn found = openPupilByUpn(parser);
    if (!found.db) {
        return found.exitCode;
    }
    auto status = AlertService(*found.db).pupilStatus(found.pupil.id, on);
    if (!status) {
        err() << "casebook-cli: " << status.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    if (format == QLatin1String("text")) {
        printText(status.value(), on);
    } else {
        out() << QJsonDocument(statusJson(status.value(), on)).toJson(QJsonDocument::Indented) << Qt::flush;
    }
    return kOk;
}

} // namespace casebook::cli
