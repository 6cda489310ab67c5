#include "CliSupport.h"
#include "Commands.h"

#include "HistoryPdf.h"

#include <QDir>
#include <QElapsedTimer>

namespace casebook::cli {

// casebook-cli history --db FILE --upn UPN --out FILE.pdf [--as-of YYYY-MM-DD]
int runHistory(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes one pupil's history as a PDF marked OFFICIAL-SENSITIVE: identity, key figures per academic year, "
        "support tried before each permanent exclusion with its gaps, and the full chronology."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("upn"), QStringLiteral("The pupil's UPN."), QStringLiteral("UPN")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("The history as it stood on this day (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    if (!parser.isSet(QStringLiteral("upn")) || !parser.isSet(QStringLiteral("out"))) {
        err() << "casebook-cli: history needs --upn UPN and --out FILE.pdf.\n" << Qt::flush;
        return kUsage;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.trimmed().isEmpty()) {
        err() << "casebook-cli: --out needs a file name.\n" << Qt::flush;
        return kUsage;
    }
    QDate asOf;
    if (!parseOnDate(parser, asOf, QStringLiteral("as-of"))) {
        return kUsage;
    }
    const PupilByUpn found = openPupilByUpn(parser, QStringLiteral("; nothing was written"));
    if (!found.db) {
        return found.exitCode;
    }
    QElapsedTimer timer;
    timer.start();
    auto data = printing::loadHistoryPdfData(*found.db, found.pupil.id, asOf);
    if (!data) {
        err() << "casebook-cli: " << data.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    auto pages = printing::historyDocument(*data).write(outPath);
    if (!pages) {
        err() << "casebook-cli: " << pages.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    out() << "Wrote the history of " << data->name << " (" << data->events.size() << " events, " << *pages
          << (*pages == 1 ? " page" : " pages") << ") to " << QDir::toNativeSeparators(outPath) << " in "
          << timer.elapsed() << " ms.\n"
          << Qt::flush;
    return kOk;
}

} // namespace casebook::cli
