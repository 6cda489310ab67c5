#include "io/CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace casebook {

namespace {

// Windows-1252 0x80..0x9F differ from Latin-1; the rest of the upper half is Latin-1.
constexpr char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F) {
            out += QChar(kCp1252High[b - 0x80]);
        } else {
            out += QChar(static_cast<char16_t>(b));
        }
    }
    return out;
}

} // namespace

QString decodeText(const QByteArray& bytes)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        return text;
    }
    return decodeCp1252(body);
}

int CsvTable::column(const QString& name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    const QString text = decodeText(bytes);
    CsvTable table;
    // The delimiter is whichever of ';' and ',' the first line uses more (outside quotes).
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (const QChar c : text) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                break;
            } else if (!quoted && c == QLatin1Char(',')) {
                ++commas;
            } else if (!quoted && c == QLatin1Char(';')) {
                ++semicolons;
            }
        }
        table.delimiter = semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    }

    QVector<CsvTable::Record> rows;
    CsvTable::Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank) {
            rows.push_back(current);
        }
        current = CsvTable::Record{};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                if (c != QLatin1Char('\r')) {
                    field += c;
                }
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else {
            if (current.fields.isEmpty() && field.isEmpty()) {
                current.line = line;
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine));
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        endRecord();
    }
    if (rows.isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("The file is empty: it has no header row."));
    }
    for (const QString& h : rows.first().fields) {
        table.header << h.trimmed();
    }
    rows.removeFirst();
    table.records = std::move(rows);
    return table;
}

Result<CsvTable> readCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    Result<CsvTable> table = parseCsv(file.readAll());
    if (!table) {
        Error e = table.error();
        e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return table;
}

} // namespace casebook
