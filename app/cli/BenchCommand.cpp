#include "CliSupport.h"
#include "Commands.h"
#include "ProcessMemory.h"
#include "RawSqlite.h"

#include "analytics/AnalyticsCache.h"
#include "analytics/AnalyticsRepository.h"
#include "analytics/BreakdownRepository.h"
#include "analytics/ComparisonRepository.h"
#include "analytics/OffRollingRepository.h"
#include "analytics/PipEngagementRepository.h"
#include "analytics/ReferenceRatesRepository.h"
#include "analytics/RepeatMeasuresRepository.h"
#include "analytics/SchoolFiguresRepository.h"
#include "calendar/AcademicYear.h"
#include "chronology/ChronologyRepository.h"
#include "repositories/ExclusionRepository.h"
#include "repositories/MaintenanceRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SettingsRepository.h"
#include "services/AlertService.h"

#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QSysInfo>

#include <algorithm>
#include <functional>
#include <vector>

namespace casebook::cli {

namespace {

constexpr int kImportRows = 100000;

struct Row
{
    Row(QString n, QString g, double gMs, QString nt = {})
        : name(std::move(n)), goal(std::move(g)), goalMs(gMs), note(std::move(nt))
    {}

    QString name;
    QString goal;
    double goalMs = 0.0; // 0: no time goal
    double casebookMs = -1.0;
    double rawMs = -1.0; // -1: no raw comparison
    QString note;
};

// Median wall time in milliseconds of `runs` calls; -1 when a call fails.
double medianMs(int runs, const std::function<bool()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return -1.0;
        }
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', v < 10 ? 2 : 1);
}

void printTable(const std::vector<Row>& rows)
{
    out() << "| operation | Casebook (ms) | sqlite3 C API (ms) | ratio | goal | met |\n";
    out() << "|---|---:|---:|---:|---|---|\n";
    for (const Row& r : rows) {
        const bool hasRatio = r.casebookMs > 0 && r.rawMs > 0;
        const double ratio = hasRatio ? r.casebookMs / r.rawMs : 0.0;
        QString met = QStringLiteral("-");
        if (r.goalMs > 0 && r.casebookMs >= 0) {
            met = r.casebookMs <= r.goalMs ? QStringLiteral("yes") : QStringLiteral("NO");
        }
        if (hasRatio && ratio >= 2.0) {
            met += QStringLiteral(" (ratio NO)");
        }
        out() << "| " << r.name << " | " << ms(r.casebookMs) << " | " << ms(r.rawMs) << " | "
              << (hasRatio ? QString::number(ratio, 'f', 2) : QStringLiteral("-")) << " | " << r.goal << " | " << met
              << (r.note.isEmpty() ? QString() : QStringLiteral(" ") + r.note) << " |\n";
    }
    out() << Qt::flush;
}

} // namespace

// casebook-cli bench --db FILE [--runs N] [--quick]
int runBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the operations officers feel on an existing database (make one with 'casebook-cli demo'), "
        "through Casebook and through the SQLite C API, and prints a Markdown table."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per operation; the median is reported (default 7)."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("One run each and a small import (for CI).")});
    if (!parseArguments(parser, arguments)) {
        return kUsage;
    }
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int runs = quick ? 1 : std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int importRows = quick ? 2000 : kImportRows;
    Database::Options existing;
    existing.create = false;
    auto db = openDatabase(parser, existing);
    if (!db) {
        return kNoDatabase;
    }
    const QString path = db->path();
    auto targets = MaintenanceRepository(*db).sampleTargets();
    if (!targets || targets->pupilId == 0 || targets->schoolId == 0 || targets->term.isEmpty()) {
        err() << "casebook-cli: the database has no suspensions or term dates to measure; fill it with "
                 "'casebook-cli demo' first.\n"
              << Qt::flush;
        return kFailed;
    }
    const MaintenanceRepository::SampleTargets t = targets.value();
    RawSqlite raw;
    const bool haveRaw = RawSqlite::available() && raw.open(path);
    auto rawMs = [&](const SqlStatement& st) {
        return haveRaw ? medianMs(runs, [&] { return raw.run(st) >= 0; }) : -1.0;
    };
    std::vector<Row> rows;

    {
        Row r{QStringLiteral("open the database and show the first screen"), QStringLiteral("-"), 0};
        r.casebookMs = medianMs(runs, [&] {
            Database::Options o;
            o.create = false;
            auto second = Database::open(path, o);
            return second.ok() && SchoolRepository(*second.value()).list({}, 1000).ok() &&
                   (SettingsRepository(*second.value()).isDemo() || true);
        });
        if (haveRaw) {
            r.rawMs = medianMs(runs, [&] {
                RawSqlite fresh;
                return fresh.open(path) && fresh.run(SchoolRepository::listStatement({}, 1000)) >= 0;
            });
        }
        rows.push_back(r);
    }
    for (const QString& prefix : {t.surnamePrefix, t.commonPrefix}) {
        Row r{QStringLiteral("pupil search by name prefix '%1'").arg(prefix), QStringLiteral("< 20 ms"), 20};
        r.casebookMs = medianMs(runs, [&] { return PupilRepository(*db).search(prefix, 201).ok(); });
        if (haveRaw) {
            r.rawMs = medianMs(runs, [&] {
                const int found = raw.run(PupilRepository::searchStatement(prefix, 201));
                const SqlStatement followUp = PupilRepository::searchFollowUpStatement(prefix, 201 - found);
                return found >= 0 && (found >= 201 || followUp.sql.isEmpty() || raw.run(followUp) >= 0);
            });
        }
        rows.push_back(r);
    }
    {
        Row r{QStringLiteral("pupil search by UPN"), QStringLiteral("< 20 ms"), 20};
        r.casebookMs = medianMs(runs, [&] { return PupilRepository(*db).search(t.upn, 201).ok(); });
        r.rawMs = rawMs(PupilRepository::searchStatement(t.upn, 201));
        rows.push_back(r);
    }
    {
        ChronologyRepository chronology(*db);
        Row r{QStringLiteral("a pupil's full chronology"), QStringLiteral("< 20 ms"), 20};
        r.casebookMs = medianMs(runs, [&] { return chronology.eventsForPupil(t.pupilId).ok(); });
        r.rawMs = rawMs(chronology.statement(t.pupilId, true));
        rows.push_back(r);
    }
    {
        AnalyticsRepository analytics(*db);
        Row r{QStringLiteral("one school's termly trend, all years"), QStringLiteral("< 50 ms"), 50};
        r.casebookMs = medianMs(runs, [&] { return analytics.schoolTrend(t.schoolId).ok(); });
        r.rawMs = rawMs(analytics.schoolTrendStatement(t.schoolId));
        rows.push_back(r);
        Row la{QStringLiteral("LA dashboard for %1 %2 (all schools, rates)").arg(t.academicYear, t.term),
               QStringLiteral("< 200 ms"), 200};
        la.casebookMs = medianMs(runs, [&] { return analytics.laTerm(t.academicYear, t.term).ok(); });
        la.rawMs = rawMs(analytics.laTermStatement(t.academicYear, t.term));
        rows.push_back(la);
    }
    {
        // Issue 6 aggregates, one row per repository call (a call's statements timed together on the raw side).
        SchoolFiguresRepository figures(*db);
        BreakdownRepository breakdowns(*db);
        const Period term{t.academicYear, t.term};
        const Period year{t.academicYear, {}};
        const Scope school = Scope::school(t.schoolId);
        auto rawAll = [&](const std::vector<SqlStatement>& statements) {
            return haveRaw ? medianMs(runs,
                                      [&] {
                                          return std::all_of(statements.begin(), statements.end(),
                                                             [&](const SqlStatement& st) { return raw.run(st) >= 0; });
                                      })
                           : -1.0;
        };
        auto add = [&](const QString& name, const std::function<bool()>& work,
                       const std::vector<SqlStatement>& statements) {
            Row r{name, QStringLiteral("-"), 0};
            r.casebookMs = medianMs(runs, work);
            r.rawMs = rawAll(statements);
            rows.push_back(r);
        };
        add(QStringLiteral("analytics: one school's termly figures, all years"),
            [&] { return figures.schoolTrend(t.schoolId, Granularity::Term).ok(); },
            {SchoolFiguresRepository::schoolTrendStatement(t.schoolId, Granularity::Term)});
        add(QStringLiteral("analytics: one school against LA and national, all years"),
            [&] { return ComparisonRepository(*db).schoolAgainstLa(t.schoolId, Granularity::Year).ok(); },
            {SchoolFiguresRepository::schoolTrendStatement(t.schoolId, Granularity::Year),
             SchoolFiguresRepository::laTrendStatement(Granularity::Year, {}),
             ReferenceRatesRepository::allStatement()});
        add(QStringLiteral("analytics: LA termly trend, all years"),
            [&] { return figures.laTrend(Granularity::Term).ok(); },
            {SchoolFiguresRepository::laTrendStatement(Granularity::Term, {})});
        add(QStringLiteral("analytics: all schools in %1 (ranking)").arg(t.academicYear),
            [&] { return figures.schoolsInPeriod(year).ok(); },
            {SchoolFiguresRepository::schoolsInPeriodStatement(year, {})});
        add(QStringLiteral("analytics: one school's reasons, %1").arg(t.academicYear),
            [&] { return breakdowns.reasonShares(school, year).ok(); },
            {BreakdownRepository::reasonStatement(school, year)});
        add(QStringLiteral("analytics: one school's characteristics, %1 %2").arg(t.academicYear, t.term),
            [&] { return breakdowns.characteristics(school, term).ok(); },
            {BreakdownRepository::populationStatement(school, term),
             BreakdownRepository::eventsStatement(school, term)});
        add(QStringLiteral("analytics: LA reasons, %1").arg(t.academicYear),
            [&] { return breakdowns.reasonShares(Scope::la(), year).ok(); },
            {BreakdownRepository::reasonStatement(Scope::la(), year)});
        add(QStringLiteral("analytics: LA characteristics, %1").arg(t.academicYear),
            [&] { return breakdowns.characteristics(Scope::la(), year).ok(); },
            {BreakdownRepository::populationStatement(Scope::la(), year),
             BreakdownRepository::eventsStatement(Scope::la(), year)});
        add(QStringLiteral("analytics: repeat and escalation, all schools, %1").arg(t.academicYear),
            [&] { return RepeatMeasuresRepository(*db).measures(t.academicYear).ok(); },
            {RepeatMeasuresRepository::suspensionStatement(t.academicYear, {}),
             RepeatMeasuresRepository::exclusionStatement(t.academicYear, {})});
        add(QStringLiteral("analytics: off-rolling indicators, all schools, %1").arg(t.academicYear),
            [&] { return OffRollingRepository(*db).indicators(t.academicYear).ok(); },
            {OffRollingRepository(*db).statement(t.academicYear, {})});
        add(QStringLiteral("analytics: PIP engagement, all schools, %1").arg(t.academicYear),
            [&] { return PipEngagementRepository(*db).engagement(t.academicYear).ok(); },
            {PipEngagementRepository::statement(t.academicYear, {})});
        // The LA dashboard's sparklines: every school's terms over the latest three academic years.
        const auto latest = AcademicYear::fromLabel(t.academicYear);
        const QString firstYear = latest ? AcademicYear(latest->startYear() - 2).label() : t.academicYear;
        add(QStringLiteral("analytics: all schools' termly figures, %1 to %2 (sparklines)")
                .arg(firstYear, t.academicYear),
            [&] { return figures.allSchoolsTrend(Granularity::Term, {}, firstYear, t.academicYear).ok(); },
            {SchoolFiguresRepository::allSchoolsTrendStatement(Granularity::Term, {}, firstYear, t.academicYear)});
        // AnalyticsCache: cold (a new cache each run: the repository's statements) and cached (one data stamp
        // query per call; the raw side runs the same stamp query).
        const SqlStatement stamp{db->dialect().dataStampSql(), {}};
        add(QStringLiteral("analytics: LA characteristics, %1, AnalyticsCache cold").arg(t.academicYear),
            [&] { return AnalyticsCache(*db).laCharacteristics(year).ok(); },
            {stamp, BreakdownRepository::populationStatement(Scope::la(), year),
             BreakdownRepository::eventsStatement(Scope::la(), year)});
        AnalyticsCache cache(*db);
        add(QStringLiteral("analytics: LA characteristics, %1, AnalyticsCache cached").arg(t.academicYear),
            [&] { return cache.laCharacteristics(year).ok(); }, {stamp});
        rows.back().note = QStringLiteral("(the stamp query and a copy of the kept result; the C API runs the stamp "
                                          "query only)");
        add(QStringLiteral("analytics: LA characteristics, %1 then %2, one population, cold")
                .arg(t.academicYear, t.term),
            [&] {
                cache.clear();
                return cache.laCharacteristics(year).ok() && cache.laCharacteristics(term).ok();
            },
            {stamp, BreakdownRepository::populationStatement(Scope::la(), year),
             BreakdownRepository::eventsStatement(Scope::la(), year), stamp,
             BreakdownRepository::eventsStatement(Scope::la(), term)});
        add(QStringLiteral("analytics: LA termly trend, all years, AnalyticsCache cached"),
            [&] { return cache.laTrend(Granularity::Term).ok(); }, {stamp});
        rows.back().note = QStringLiteral("(as above)");
        add(QStringLiteral("analytics: one school against LA and national, years, AnalyticsCache cached"),
            [&] { return cache.schoolAgainstLa(t.schoolId, Granularity::Year).ok(); },
            {SchoolFiguresRepository::schoolTrendStatement(t.schoolId, Granularity::Year), stamp, stamp});
    }
    {
        Row r{QStringLiteral("due and overdue deadlines, all pupils"), QStringLiteral("-"), 0};
        r.casebookMs = medianMs(runs, [&] { return AlertService(*db).openAlerts(QDate::currentDate()).ok(); });
        r.note = QStringLiteral("(rules run in C++: no single SQL to compare)");
        rows.push_back(r);
    }
    rows.emplace_back(QStringLiteral("data for one school's termly report"), QStringLiteral("-"), 0,
                      QStringLiteral("(not built yet: reports issue)"));
    {
        QVector<Suspension> batch;
        batch.reserve(importRows);
        for (int i = 0; i < importRows; ++i) {
            Suspension s;
            s.pupilId = t.pupilId;
            s.schoolId = t.schoolId;
            s.firstDay = QDate(2000, 1, 3).addDays(i % 3000);
            s.sessions = 1 + i % 6;
            s.reasonCodes = {QStringLiteral("DB")};
            batch << s;
        }
        Row r{QStringLiteral("insert %1 suspension rows (rolled back)").arg(importRows),
              QStringLiteral(">= 100,000 rows/s"), 0};
        // Measured inside an outer transaction that is rolled back, so the file is unchanged.
        r.casebookMs = medianMs(1, [&] {
            Transaction outer(*db);
            return outer.begin().ok() && ExclusionRepository(*db).insertSuspensions(batch).ok();
        });
        if (haveRaw) {
            raw.close(); // the Casebook connection holds no lock now; reopen for a clean comparison
            raw.open(path);
            r.rawMs = medianMs(1, [&] { return raw.insertSuspensions(importRows, t.pupilId, t.schoolId); });
        }
        if (r.casebookMs > 0) {
            r.note = QStringLiteral("(%1 suspensions/s, each with a reason row)")
                         .arg(static_cast<qint64>(importRows / (r.casebookMs / 1000.0)));
        }
        rows.push_back(r);
    }
    out() << "Casebook benchmark on " << path << " (" << QSysInfo::prettyProductName() << ", "
          << QSysInfo::currentCpuArchitecture() << "), median of " << runs << " run(s), "
          << QDate::currentDate().toString(Qt::ISODate) << "\n\n";
    printTable(rows);
    out() << "\nPeak memory: " << QString::number(peakMemoryMiB(), 'f', 1) << " MiB (goal < 300 MiB)\n";
    if (!haveRaw) {
        out() << "The SQLite C API comparison is not available in this build.\n";
    }
    out() << Qt::flush;
    return kOk;
}

} // namespace casebook::cli
