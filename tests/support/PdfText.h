#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace casebook::test {

// Reads a PDF back with poppler's tools, as a reader's software would.
struct PdfText
{
    // pdftotext -layout of one page (1-based), or of the whole file when page is 0; empty when it fails.
    static QString text(const QString& path, int page = 0)
    {
        QStringList args{QStringLiteral("-layout")};
        if (page > 0) {
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        }
        args << path << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), args);
    }

    // The page count from pdfinfo; 0 when it fails.
    static int pages(const QString& path)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        for (const QString& line : info.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Pages:"))) {
                return line.mid(6).trimmed().toInt();
            }
        }
        return 0;
    }

    // The text with runs of spaces collapsed to one, for matching phrases that -layout spreads out.
    static QString simplified(const QString& text) { return text.simplified(); }

private:
    static QString run(const QString& program, const QStringList& args)
    {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

} // namespace casebook::test
