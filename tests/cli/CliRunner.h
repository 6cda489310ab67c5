#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace casebook::test {

// Runs the real casebook-cli binary and captures what it prints.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(CASEBOOK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    CliResult r;
    if (!process.waitForFinished(60000)) {
        r.err = QStringLiteral("casebook-cli did not finish");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace casebook::test
