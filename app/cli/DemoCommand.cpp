#include "CliSupport.h"
#include "Commands.h"

#include "calendar/UkDate.h"
#include "demo/DemoGenerator.h"

#include <QDate>

namespace casebook::cli {

namespace {

// Reads a whole-number option into `value`; false (after saying why) when it is not one.
bool readNumber(const QCommandLineParser& parser, const QString& name, qint64 low, qint64 high, qint64& value)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const qint64 n = parser.value(name).toLongLong(&ok);
    if (!ok || n < low || n > high) {
        err() << "casebook-cli: --" << name << " must be a whole number from " << low << " to " << high << ", not '"
              << parser.value(name) << "'.\n"
              << Qt::flush;
        return false;
    }
    value = n;
    return true;
}

} // namespace

// casebook-cli demo --db FILE [--preset typical|large|small] [--schools N --pupils N --years N] [--seed N]
// [--today YYYY-MM-DD]: fills an empty database with fictional, realistic demo data.
int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a new, empty Casebook database with fictional but realistic demo data for the "
                       "fictional LA %1, the same for the same seed. The file is marked as demo data.")
            .arg(QString::fromLatin1(demo::kDemoLaName)));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("typical (150 schools, 60,000 pupils, 5 years; the default), large (600 schools, "
                                     "250,000 pupils, 10 years) or small (12 schools, 3,000 pupils, 3 years)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("schools"), QStringLiteral("Number of schools (overrides the preset)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pupils"),
                      QStringLiteral("Pupils on roll each year, all schools together (overrides the preset)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("years"),
                      QStringLiteral("Academic years, the last one containing --today (overrides the preset)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1): the same seed, the same data."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("The date the data runs up to (default: today), as YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    if (!parseArguments(parser, arguments)) {
        return parser.isSet(QStringLiteral("help")) ? kOk : kUsage;
    }

    const QString presetName =
        parser.isSet(QStringLiteral("preset")) ? parser.value(QStringLiteral("preset")) : QStringLiteral("typical");
    std::optional<demo::DemoConfig> preset = demo::DemoConfig::fromPreset(presetName);
    if (!preset) {
        err() << "casebook-cli: unknown preset '" << presetName << "'; use one of "
              << demo::DemoConfig::presetNames().join(QStringLiteral(", ")) << ".\n"
              << Qt::flush;
        return kUsage;
    }
    demo::DemoConfig config = *preset;
    qint64 schools = config.schools;
    qint64 pupils = config.pupilsPerYear;
    qint64 years = config.years;
    qint64 seed = 1;
    if (!readNumber(parser, QStringLiteral("schools"), 1, 100000, schools) ||
        !readNumber(parser, QStringLiteral("pupils"), 1, 100000000, pupils) ||
        !readNumber(parser, QStringLiteral("years"), 1, 1000, years) ||
        !readNumber(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed)) {
        return kUsage;
    }
    if (schools != config.schools || pupils != config.pupilsPerYear || years != config.years) {
        config.preset = QStringLiteral("custom");
    }
    config.schools = static_cast<int>(schools);
    config.pupilsPerYear = static_cast<int>(pupils);
    config.years = static_cast<int>(years);
    config.seed = static_cast<quint64>(seed);
    config.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        config.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!config.today.isValid()) {
            err() << "casebook-cli: --today must be a date as YYYY-MM-DD, not '"
                  << parser.value(QStringLiteral("today")) << "'.\n"
                  << Qt::flush;
            return kUsage;
        }
    }
    if (Status s = config.validate(); !s) {
        err() << "casebook-cli: " << s.error().message << "\n" << Qt::flush;
        return kUsage;
    }

    auto db = openDatabase(parser);
    if (!db) {
        return kNoDatabase;
    }
    out() << "Making demo data for " << demo::kDemoLaName << " (" << config.preset << ", seed " << config.seed
          << "): " << config.schools << " schools, " << config.pupilsPerYear << " pupils on roll a year, "
          << config.years << " year(s) from " << config.firstYear().label() << " to " << config.finalYear().label()
          << ", up to " << ukDate(config.today) << ".\n"
          << Qt::flush;
    Result<demo::DemoRunSummary> summary = demo::fillDemoDatabase(*db, config);
    if (!summary) {
        err() << "casebook-cli: " << summary.error().message << "\n" << Qt::flush;
        return kFailed;
    }
    out() << "Rows in " << db->path() << ":\n";
    for (const demo::DemoTableRows& t : summary->tables) {
        out() << "  " << t.table.leftJustified(32, QLatin1Char(' ')) << " " << t.rows << "\n";
    }
    out() << QStringLiteral("Generated in %1 s, written in %2 s: %3 s in all.\n")
                 .arg(summary->generateMs / 1000.0, 0, 'f', 1)
                 .arg(summary->writeMs / 1000.0, 0, 'f', 1)
                 .arg((summary->generateMs + summary->writeMs) / 1000.0, 0, 'f', 1)
          << Qt::flush;
    return kOk;
}

} // namespace casebook::cli
