#include "CliSupport.h"

#include "db/StorageLocation.h"
#include "repositories/PupilRepository.h"
#include "rules/Upn.h"

#include <QDate>

namespace casebook::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The Casebook database file (default: %1).").arg(defaultDatabasePath()),
                      QStringLiteral("FILE")});
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n\n" << parser.helpText() << Qt::flush;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, const Database::Options& options)
{
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto opened = Database::open(path, options);
    if (!opened) {
        err() << "casebook-cli: " << opened.error().message << "\n" << Qt::flush;
        return nullptr;
    }
    if (opened.value()->onNetworkShare()) {
        err() << "casebook-cli: warning: " << path
              << " is on a network share; SQLite cannot lock it safely. Use one writer at a time, "
                 "or move the team to a shared database server.\n"
              << Qt::flush;
    }
    return std::move(opened).value();
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser)
{
    return openDatabase(parser, Database::Options{});
}

bool parseOnDate(const QCommandLineParser& parser, QDate& date, const QString& option)
{
    if (!parser.isSet(option)) {
        date = QDate::currentDate();
        return true;
    }
    const QString text = parser.value(option);
    date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        err() << "casebook-cli: --" << option << " must be a date as YYYY-MM-DD, not '" << text << "'.\n" << Qt::flush;
        return false;
    }
    return true;
}

PupilByUpn openPupilByUpn(const QCommandLineParser& parser, const QString& notFoundNote)
{
    PupilByUpn found;
    const UpnCheck check = checkUpn(parser.value(QStringLiteral("upn")));
    if (!check.valid) {
        err() << "casebook-cli: " << check.message << "\n" << Qt::flush;
        found.exitCode = kUsage;
        return found;
    }
    auto db = openDatabase(parser);
    if (!db) {
        found.exitCode = kNoDatabase;
        return found;
    }
    auto pupil = PupilRepository(*db).findByUpn(check.normalised);
    if (!pupil) {
        err() << "casebook-cli: " << pupil.error().message << "\n" << Qt::flush;
        found.exitCode = kFailed;
        return found;
    }
    if (!pupil->has_value()) {
        err() << "casebook-cli: no pupil with UPN " << check.normalised << " is recorded" << notFoundNote << ".\n"
              << Qt::flush;
        found.exitCode = kFailed;
        return found;
    }
    found.pupil = **pupil;
    found.db = std::move(db);
    return found;
}

} // namespace casebook::cli
