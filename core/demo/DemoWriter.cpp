#include "demo/DemoWriter.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "repositories/SettingsRepository.h"

#include <QDateTime>
#include <QScopeGuard>

#include <functional>

namespace casebook::demo {

namespace {

constexpr int kLoadCacheKiB = 256 * 1024;

// Tables whose rows would mix with demo data, with how a person would name what is in them.
struct GuardedTable
{
    const char* table;
    const char* what;
};

constexpr GuardedTable kGuarded[] = {
    {"pupils", "pupils"},
    {"schools", "schools"},
    {"term_dates", "term dates"},
    {"non_school_days", "non-school days"},
    {"academic_years", "academic year settings"},
    {"panel_meetings", "panel meetings"},
};

// Every table the demo fills, in the order the summary lists them.
constexpr const char* kDemoTables[] = {
    "schools",
    "school_rolls",
    "school_roll_year_groups",
    "term_dates",
    "non_school_days",
    "academic_years",
    "pupils",
    "pupil_characteristics",
    "contacts",
    "enrolments",
    "suspensions",
    "suspension_reasons",
    "permanent_exclusions",
    "permanent_exclusion_reasons",
    "psps",
    "psp_reviews",
    "panel_meetings",
    "pip_referrals",
    "pip_actions",
    "support_interventions",
    "placements",
    "ap_placements",
    "ehe_cme_registrations",
    "case_notes",
    "users",
};

} // namespace

Status DemoWriter::checkEmpty()
{
    QStringList found;
    for (const GuardedTable& t : kGuarded) {
        Result<qint64> n =
            SqlQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.table))).scalar();
        if (!n) {
            return n.error();
        }
        if (n.value() > 0) {
            found << QStringLiteral("%1 %2").arg(n.value()).arg(QLatin1String(t.what));
        }
    }
    if (found.isEmpty()) {
        return {};
    }
    return makeError(Error::Code::Conflict,
                     QStringLiteral("%1 already holds records (%2). Demo data is only written into a new, empty "
                                    "database so that it never mixes with real records: choose a new file. "
                                    "Nothing has been changed.")
                         .arg(m_db.path(), found.join(QStringLiteral(", "))));
}

Result<DemoReference> DemoWriter::loadReference()
{
    DemoReference reference;
    SqlQuery ethnicity(m_db.connection(), QStringLiteral("SELECT code FROM ethnicity_codes ORDER BY sort_order, code"));
    if (Status s = ethnicity.exec(); !s) {
        return s.error();
    }
    while (ethnicity.next()) {
        reference.ethnicityCodes << ethnicity.text(0);
    }
    SqlQuery reasons(m_db.connection(), QStringLiteral("SELECT code, description, valid_from, valid_to FROM "
                                                       "reason_codes ORDER BY sort_order, code"));
    if (Status s = reasons.exec(); !s) {
        return s.error();
    }
    while (reasons.next()) {
        ReasonCode code;
        code.code = reasons.text(0);
        code.description = reasons.text(1);
        code.validFrom = reasons.date(2);
        const QDate to = reasons.date(3);
        if (to.isValid()) {
            code.validTo = to;
        }
        reference.reasonCodes.push_back(code);
    }
    if (reference.ethnicityCodes.isEmpty() || reference.reasonCodes.empty()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("The database has no ethnicity or reason codes, which demo data needs."));
    }
    return reference;
}

Result<QVector<DemoTableRows>> DemoWriter::write(const DemoData& data, const DemoConfig& config)
{
    // A bigger page cache while loading (the indexes are sorted in it), the usual one afterwards.
    const bool sqlite = m_db.dialect().kind() == Dialect::Kind::Sqlite;
    const Result<qint64> cacheSize =
        sqlite ? SqlQuery(m_db.connection(), QStringLiteral("PRAGMA cache_size")).scalar() : Result<qint64>(qint64{0});
    if (sqlite && cacheSize) {
        (void)execSql(m_db.connection(), QStringLiteral("PRAGMA cache_size = -%1").arg(kLoadCacheKiB));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite && cacheSize) {
            (void)execSql(m_db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.value()));
        }
    });
    m_stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    if (Status s = checkEmpty(); !s) { // again, now that no one else can write
        return s.error();
    }
    // Secondary indexes are built once after the load (sorting once beats updating them row by row).
    Result<QStringList> indexes = dropIndexes();
    if (!indexes) {
        return indexes.error();
    }
    Result<std::vector<qint64>> users = writeUsers(data);
    if (!users) {
        return users.error();
    }
    const std::function<Status()> steps[] = {
        [&] { return writeSettings(config); },
        [&] { return writeSchools(data); },
        [&] { return writeCalendar(data); },
        [&] { return writePupils(data); },
        [&] { return writeSuspensions(data); },
        [&] { return writeExclusions(data); },
        [&] { return writeSupport(data); },
        [&] { return writePanel(data); },
        [&] { return writeNotes(data, users.value()); },
    };
    for (const auto& step : steps) {
        if (Status s = step(); !s) {
            return s.error();
        }
    }
    for (const QString& sql : indexes.value()) {
        if (Status s = execSql(m_db.connection(), sql); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return countRows();
}

Result<QStringList> DemoWriter::dropIndexes()
{
    QStringList recreate;
    if (m_db.dialect().kind() != Dialect::Kind::Sqlite) {
        return recreate; // the catalogue query below is SQLite's
    }
    QStringList tables;
    for (const char* table : kDemoTables) {
        if (QLatin1String(table) != QLatin1String("users")) {
            tables << QStringLiteral("'%1'").arg(QLatin1String(table));
        }
    }
    // Only indexes declared with CREATE INDEX (sql not null): the ones behind UNIQUE and PRIMARY KEY stay.
    SqlQuery list(m_db.connection(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                                    "sql IS NOT NULL AND tbl_name IN (%1) ORDER BY name")
                                         .arg(tables.join(QStringLiteral(", "))));
    if (Status s = list.exec(); !s) {
        return s.error();
    }
    QStringList names;
    while (list.next()) {
        names << list.text(0);
        recreate << list.text(1);
    }
    list.raw().finish();
    for (const QString& name : names) {
        if (Status s = execSql(m_db.connection(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s) {
            return s.error();
        }
    }
    return recreate;
}

Status DemoWriter::writeSettings(const DemoConfig& config)
{
    SettingsRepository settings(m_db);
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("is_demo"), QStringLiteral("1")},
        {QStringLiteral("la_name"), QString::fromLatin1(kDemoLaName)},
        {QStringLiteral("la_code"), QString::number(kDemoLaCode)},
        {QStringLiteral("demo_seed"), QString::number(config.seed)},
        {QStringLiteral("demo_preset"), QStringLiteral("%1 (%2 schools, %3 pupils a year, %4 years to %5)")
                                            .arg(config.preset)
                                            .arg(config.schools)
                                            .arg(config.pupilsPerYear)
                                            .arg(config.years)
                                            .arg(config.today.toString(Qt::ISODate))},
    };
    for (const auto& [key, value] : values) {
        if (Status s = settings.setValue(key, value); !s) {
            return s;
        }
    }
    return {};
}

Result<std::vector<qint64>> DemoWriter::writeUsers(const DemoData& data)
{
    std::vector<qint64> ids;
    for (const UserRow& u : data.users) {
        SqlQuery find(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE username = :u"));
        find.bind(QStringLiteral(":u"), u.username);
        if (Status s = find.exec(); !s) {
            return s.error();
        }
        if (find.next()) {
            ids.push_back(find.id(0));
            continue;
        }
        SqlQuery insert(m_db.connection(), QStringLiteral("INSERT INTO users (username, display_name, role) "
                                                          "VALUES (:u, :d, :r)") +
                                               m_db.dialect().returningId());
        insert.bind(QStringLiteral(":u"), u.username)
            .bind(QStringLiteral(":d"), u.displayName)
            .bind(QStringLiteral(":r"), u.role);
        Result<qint64> id = insert.scalar();
        if (!id) {
            return id.error();
        }
        ids.push_back(id.value());
    }
    return ids;
}

Result<QVector<DemoTableRows>> DemoWriter::countRows()
{
    QVector<DemoTableRows> out;
    for (const char* table : kDemoTables) {
        Result<qint64> n =
            SqlQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).scalar();
        if (!n) {
            return n.error();
        }
        out.push_back({QString::fromLatin1(table), n.value()});
    }
    return out;
}

} // namespace casebook::demo
