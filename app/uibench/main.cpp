#include "BenchTable.h"
#include "Measurements.h"

#include "db/Database.h"
#include "pupils/PupilSearchView.h"
#include "repositories/MaintenanceRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>

using namespace casebook;
using namespace casebook::uibench;

namespace {

// The same exit codes as casebook-cli.
enum ExitCode
{
    kOk = 0,
    kFailed = 1, // a measurement failed, or (without --quick) missed its goal
    kUsage = 2,
    kNoDatabase = 3
};

constexpr int kRuns = 15;

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

QtMessageHandler g_standardHandler = nullptr;

// The offscreen platform warns on every window it shows; that says nothing about Casebook, so it is dropped.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    if (g_standardHandler) {
        g_standardHandler(type, context, message);
    } else {
        err() << qFormatLogMessage(type, context, message) << "\n" << Qt::flush;
    }
}

// The machine's load when the run started (Linux), since other work on a shared machine moves the figures.
QString loadNote()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString first = QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0);
    return first.isEmpty() ? QString() : QStringLiteral(", load average %1 at the start").arg(first);
}

} // namespace

// casebook-ui-bench --db FILE [--quick]: times what the officer feels, through the real widgets.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    g_standardHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casebook-ui-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures search as you type, opening a pupil record and the 'Due and overdue' refresh "
                       "through Casebook's own widgets on an existing database (make one with 'casebook-cli demo'), "
                       "and prints a Markdown table. Runs on the offscreen platform unless QT_QPA_PLATFORM is set."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The Casebook database file (required)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("One run each and no goals enforced (for CI).")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        err() << "casebook-ui-bench: --db FILE is required.\n\n" << parser.helpText() << Qt::flush;
        return kUsage;
    }
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int runs = quick ? 1 : kRuns;

    Database::Options existing;
    existing.create = false;
    auto opened = Database::open(parser.value(QStringLiteral("db")), existing);
    if (!opened) {
        err() << "casebook-ui-bench: " << opened.error().message << "\n" << Qt::flush;
        return kNoDatabase;
    }
    Database& db = *opened.value();
    MaintenanceRepository maintenance(db);
    auto targets = maintenance.sampleTargets();
    auto surnames = maintenance.commonSurnames(2);
    if (!targets || !surnames || targets->pupilId == 0 || targets->upn.isEmpty() || surnames->size() < 2) {
        err() << "casebook-ui-bench: the database has no suspended pupil with a UPN or too few pupils to measure; "
                 "fill it with 'casebook-cli demo' first.\n"
              << Qt::flush;
        return kFailed;
    }

    const QString load = loadNote();
    std::vector<Row> rows;
    for (const QString& surname : surnames.value()) {
        const std::vector<Row> typed = measureTyping(db, surname, QStringLiteral("surname"), runs);
        rows.insert(rows.end(), typed.begin(), typed.end());
    }
    const std::vector<Row> upn = measureTyping(db, targets->upn, QStringLiteral("UPN"), runs);
    rows.insert(rows.end(), upn.begin(), upn.end());
    rows.push_back(measureRecordOpening(
        db, targets->pupilId, QStringLiteral("the pupil with the most suspensions (id %1)").arg(targets->pupilId),
        runs));
    const std::vector<Row> dashboard = measureDashboard(db, runs);
    rows.insert(rows.end(), dashboard.begin(), dashboard.end());
    const std::vector<Row> trends =
        measureTrendDashboards(db, targets->academicYear, targets->schoolId,
                               QStringLiteral("the busiest school (id %1)").arg(targets->schoolId), runs);
    rows.insert(rows.end(), trends.begin(), trends.end());

    out() << "Casebook UI benchmark on " << db.path() << " (" << QSysInfo::prettyProductName() << ", "
          << QSysInfo::currentCpuArchitecture() << ", Qt " << qVersion() << ", " << QApplication::platformName()
          << " platform), median of " << runs << " run(s), " << QDate::currentDate().toString(Qt::ISODate) << load
          << "\n\n";
    printTable(out(), rows);
    out() << "\nTyping: each keystroke is timed from setting the search text to the view's model holding the new rows "
             "(PupilSearchView::searchNow, called directly), checked against the repository's answer. In use the "
             "view first waits "
          << PupilSearchView::kTypingDelayMs
          << " ms after the last keystroke before it searches: that debounce is deliberate and not counted here.\n"
             "'With first paint' runs on to the end of the first paint of the rows (the offscreen platform paints "
             "into memory, with no compositor). Goals apply to both columns.\n"
          << Qt::flush;

    const bool failed = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.failed(); });
    const bool missed = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.goalMs > 0 && !r.met(); });
    if (failed) {
        err() << "casebook-ui-bench: a measurement failed (FAILED in the table).\n" << Qt::flush;
        return kFailed;
    }
    if (missed && !quick) {
        err() << "casebook-ui-bench: a goal was missed (NO in the table).\n" << Qt::flush;
        return kFailed;
    }
    return kOk;
}
