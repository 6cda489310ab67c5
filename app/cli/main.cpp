#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>
#include <set>

namespace {

QString usage()
{
    return QStringLiteral("Usage: casebook-cli <command> [options]\n"
                          "\n"
                          "Commands:\n"
                          "  check      Check a database: integrity, foreign keys, schema version, counts per table.\n"
                          "  calendar   Load an LA's term dates and closure days from CSV (--import FILE).\n"
                          "  alerts     List every open statutory deadline and flag across all pupils.\n"
                          "  pupil      Print one pupil's key figures and due dates (--upn UPN).\n"
                          "  history    Write one pupil's history as a PDF (--upn UPN --out FILE.pdf [--as-of DATE]).\n"
                          "  demo       Fill a new, empty database with realistic demo data (--preset, --seed).\n"
                          "  bench      Measure the operations officers feel on a database (see BENCHMARKS.md).\n"
                          "\n"
                          "Every command takes --db FILE; without it the default database is used.\n"
                          "Run 'casebook-cli <command> --help' for a command's options.\n"
                          "  --version  Print the version.\n");
}

// Commands that draw documents need fonts and paint devices (Qt Gui); they run on the offscreen platform unless
// one is chosen, so they work without a display. The rest stay console-only.
bool drawsDocuments(int argc, char** argv)
{
    static const std::set<std::string> kDrawing = {"history"};
    return argc > 1 && kDrawing.count(argv[1]) > 0;
}

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform asks for a runtime folder that a console session (cron, ssh) often lacks; Qt then warns
// and uses a private one in /tmp, which is fine for drawing a PDF. Only that one warning is dropped.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (drawsDocuments(argc, argv)) {
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));

    using namespace casebook::cli;
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        (args.size() < 2 ? err() : out()) << usage() << Qt::flush;
        return args.size() < 2 ? kUsage : kOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out() << "casebook-cli " << CASEBOOK_VERSION << "\n" << Qt::flush;
        return kOk;
    }

    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("check"), runCheck},     {QStringLiteral("calendar"), runCalendar},
        {QStringLiteral("alerts"), runAlerts},   {QStringLiteral("pupil"), runPupil},
        {QStringLiteral("demo"), runDemo},       {QStringLiteral("bench"), runBench},
        {QStringLiteral("history"), runHistory},
    };
    const QString name = args.at(1);
    const auto it = commands.find(name);
    if (it == commands.end()) {
        err() << "casebook-cli: unknown command '" << name << "'.\n\n" << usage() << Qt::flush;
        return kUsage;
    }
    args.removeAt(1);
    args[0] = QStringLiteral("casebook-cli ") + name;
    return it->second(args);
}
