#include "CliSupport.h"
#include "Commands.h"

#include "repositories/MaintenanceRepository.h"

namespace casebook::cli {

// casebook-cli check --db FILE: integrity, foreign keys, schema version and counts; exit 0 only when healthy.
int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a Casebook database without changing it."));
    addDatabaseOption(parser);
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    Database::Options options;
    options.migrate = false;
    options.readOnly = true;
    options.create = false;
    auto db = openDatabase(parser, options);
    if (!db) {
        return kNoDatabase;
    }

    bool healthy = true;
    MaintenanceRepository repo(*db);
    out() << "Database:        " << db->path() << "\n";
    const int version = db->schemaVersion();
    const int latest = Database::latestSchemaVersion();
    out() << "Schema version:  " << version << " (this program: " << latest << ")\n";
    if (version < latest) {
        healthy = false;
        out() << "  PROBLEM: the schema is older than this program; open it with casebook to upgrade it "
                 "(a backup is taken first).\n";
    }

    auto integrity = repo.integrityProblems();
    if (!integrity) {
        err() << "casebook-cli: " << integrity.error().message << "\n";
        return kFailed;
    }
    out() << "Integrity:       " << (integrity->isEmpty() ? QStringLiteral("ok") : QStringLiteral("DAMAGED")) << "\n";
    for (const QString& p : integrity.value()) {
        out() << "  PROBLEM: " << p << "\n";
    }
    healthy = healthy && integrity->isEmpty();

    auto fks = repo.foreignKeyProblems();
    if (!fks) {
        err() << "casebook-cli: " << fks.error().message << "\n";
        return kFailed;
    }
    out() << "Foreign keys:    "
          << (fks->isEmpty() ? QStringLiteral("ok") : QStringLiteral("%1 broken reference(s)").arg(fks->size()))
          << "\n";
    for (const QString& p : fks.value()) {
        out() << "  PROBLEM: " << p << "\n";
    }
    healthy = healthy && fks->isEmpty();

    auto counts = repo.tableCounts();
    if (!counts) {
        err() << "casebook-cli: " << counts.error().message << "\n";
        return kFailed;
    }
    out() << "Rows per table:\n";
    for (const auto& c : counts.value()) {
        out() << "  " << c.table.leftJustified(32, QLatin1Char(' ')) << " " << c.rows << "\n";
    }
    out() << (healthy ? "Healthy.\n" : "NOT healthy: see the problems above.\n") << Qt::flush;
    return healthy ? kOk : kFailed;
}

} // namespace casebook::cli
