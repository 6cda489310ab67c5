#include "CliSupport.h"
#include "Commands.h"

#include "calendar/UkDate.h"
#include "repositories/CalendarRepository.h"
#include "services/CalendarImport.h"

namespace casebook::cli {

// casebook-cli calendar --db FILE --import terms.csv : loads term dates and closure days.
// casebook-cli calendar --db FILE                   : lists the terms held.
int runCalendar(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads an LA's term dates and closure days from CSV (see docs/calendar-csv.md), or lists the "
                       "terms held when --import is not given."));
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("import"), QStringLiteral("The CSV file of term dates to load."), QStringLiteral("FILE")});
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    auto db = openDatabase(parser);
    if (!db) {
        return kNoDatabase;
    }
    if (parser.isSet(QStringLiteral("import"))) {
        auto summary = CalendarImport(*db).importFile(parser.value(QStringLiteral("import")));
        if (!summary) {
            err() << summary.error().message << "\n" << Qt::flush;
            return kFailed;
        }
        out() << "Imported the calendar for " << summary->academicYears.join(QStringLiteral(", ")) << ": "
              << summary->terms << " terms, " << summary->nonSchoolPeriods << " LA-wide non-school periods, "
              << summary->schoolClosures << " school closures, " << summary->examDates << " Year 11 exam end dates.\n"
              << Qt::flush;
        return kOk;
    }
    auto input = CalendarRepository(*db).loadLaInput();
    if (!input) {
        err() << "casebook-cli: " << input.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    if (input->terms.empty()) {
        out() << "No term dates are loaded: statutory deadlines are estimated from weekdays. Load them with "
                 "--import FILE.\n"
              << Qt::flush;
        return kOk;
    }
    for (const TermDates& t : input->terms) {
        out() << t.year.label() << "  " << termName(t.term).leftJustified(7, QLatin1Char(' ')) << "  "
              << ukDate(t.firstDay) << " to " << ukDate(t.lastDay) << "\n";
    }
    out() << input->nonSchoolPeriods.size() << " LA-wide non-school periods.\n" << Qt::flush;
    return kOk;
}

} // namespace casebook::cli
