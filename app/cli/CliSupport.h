#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "domain/Pupil.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace casebook::cli {

// Exit codes shared by every command.
enum ExitCode
{
    kOk = 0,
    kFailed = 1,    // the command ran and found a problem (unhealthy file, rejected rows)
    kUsage = 2,     // wrong arguments
    kNoDatabase = 3 // the database could not be opened
};

QTextStream& out();
QTextStream& err();

// Adds --db FILE to a command's parser.
void addDatabaseOption(QCommandLineParser& parser);

// Parses a subcommand's arguments; prints the error and usage on failure.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments);

// Opens --db (or the default database in the user's application-data folder), printing why when it cannot.
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, const Database::Options& options);
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser);

// Parses a date option given as YYYY-MM-DD (--on unless named; today when absent); prints why when it is not valid.
bool parseOnDate(const QCommandLineParser& parser, QDate& date, const QString& option = QStringLiteral("on"));

// The pupil named by --upn, in the database --db names.
struct PupilByUpn
{
    std::unique_ptr<Database> db; // null when any step failed
    Pupil pupil;
    int exitCode = kOk; // why it failed: kUsage (a malformed UPN), kNoDatabase or kFailed (no such pupil)
};

// Checks --upn (before the database is opened: a malformed UPN is a usage error), opens the database and finds the
// pupil, printing why when a step fails; `notFoundNote` is appended to "no pupil with UPN ... is recorded".
PupilByUpn openPupilByUpn(const QCommandLineParser& parser, const QString& notFoundNote = {});

} // namespace casebook::cli
