#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace casebook {

// A parsed CSV file: a header and records, each record remembering the line it started on.
struct CsvTable
{
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };

    QStringList header; // trimmed, as written
    QVector<Record> records;
    QChar delimiter = QLatin1Char(',');

    // Index of a header column by case-insensitive name, or -1.
    int column(const QString& name) const;
};

// Reads CSV as schools' systems write it: UTF-8 with or without BOM, or Windows-1252; comma or semicolon
// (whichever the header uses); quoted fields with embedded delimiters, doubled quotes and newlines.
// Blank lines are skipped. An unterminated quote is an error naming the line it started on.
Result<CsvTable> parseCsv(const QByteArray& bytes);
Result<CsvTable> readCsvFile(const QString& path);

// Decodes text that is valid UTF-8 as UTF-8 (dropping a BOM) and anything else as Windows-1252.
QString decodeText(const QByteArray& bytes);

} // namespace casebook
