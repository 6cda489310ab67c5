#pragma once

#include <QStringList>

namespace casebook::cli {

// Each command takes its own arguments (argv[0] replaced by "casebook-cli <command>") and returns the exit code.
int runCheck(const QStringList& arguments);
int runCalendar(const QStringList& arguments);
int runAlerts(const QStringList& arguments);
int runPupil(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runHistory(const QStringList& arguments);

} // namespace casebook::cli
