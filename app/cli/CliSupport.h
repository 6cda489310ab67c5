#pragma once

#include "common/Result.h"
#include "db/Database.h"

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

// Parses --on YYYY-MM-DD (today when absent); prints why when the date is not valid.
bool parseOnDate(const QCommandLineParser& parser, QDate& date);

} // namespace casebook::cli
