// Schema v1: the migrations apply from empty, the structure follows the conventions in docs/schema.md,
// the files stay portable, and the reference data is there.

#include "TempDatabase.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Migrator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

namespace {

using casebook::Database;
using casebook::Dialect;
using casebook::Migrator;

const QStringList kTables = {
    QStringLiteral("settings"),
    QStringLiteral("users"),
    QStringLiteral("reason_codes"),
    QStringLiteral("ethnicity_codes"),
    QStringLiteral("academic_years"),
    QStringLiteral("national_rates"),
    QStringLiteral("term_dates"),
    QStringLiteral("schools"),
    QStringLiteral("school_rolls"),
    QStringLiteral("school_roll_year_groups"),
    QStringLiteral("non_school_days"),
    QStringLiteral("pupils"),
    QStringLiteral("pupil_characteristics"),
    QStringLiteral("contacts"),
    QStringLiteral("enrolments"),
    QStringLiteral("suspensions"),
    QStringLiteral("suspension_reasons"),
    QStringLiteral("permanent_exclusions"),
    QStringLiteral("permanent_exclusion_reasons"),
    QStringLiteral("psps"),
    QStringLiteral("psp_reviews"),
    QStringLiteral("panel_meetings"),
    QStringLiteral("pip_referrals"),
    QStringLiteral("pip_actions"),
    QStringLiteral("support_interventions"),
    QStringLiteral("placements"),
    QStringLiteral("ap_placements"),
    QStringLiteral("ehe_cme_registrations"),
    QStringLiteral("case_notes"),
    QStringLiteral("audit_log"),
};

// Records officers edit: created_at, updated_at, row_version.
const QStringList kEditedTables = {
    QStringLiteral("users"),
    QStringLiteral("academic_years"),
    QStringLiteral("national_rates"),
    QStringLiteral("term_dates"),
    QStringLiteral("schools"),
    QStringLiteral("school_rolls"),
    QStringLiteral("school_roll_year_groups"),
    QStringLiteral("non_school_days"),
    QStringLiteral("pupils"),
    QStringLiteral("pupil_characteristics"),
    QStringLiteral("contacts"),
    QStringLiteral("enrolments"),
    QStringLiteral("suspensions"),
    QStringLiteral("permanent_exclusions"),
    QStringLiteral("psps"),
    QStringLiteral("psp_reviews"),
    QStringLiteral("panel_meetings"),
    QStringLiteral("pip_referrals"),
    QStringLiteral("pip_actions"),
    QStringLiteral("support_interventions"),
    QStringLiteral("placements"),
    QStringLiteral("ap_placements"),
    QStringLiteral("ehe_cme_registrations"),
    QStringLiteral("case_notes"),
};

// Case records: voided with a reason, never deleted.
const QStringList kCaseTables = {
    QStringLiteral("pupils"),
    QStringLiteral("enrolments"),
    QStringLiteral("suspensions"),
    QStringLiteral("permanent_exclusions"),
    QStringLiteral("psps"),
    QStringLiteral("pip_referrals"),
    QStringLiteral("support_interventions"),
    QStringLiteral("placements"),
    QStringLiteral("ap_placements"),
    QStringLiteral("ehe_cme_registrations"),
    QStringLiteral("case_notes"),
};

class SchemaMigrationTest : public casebook::test::DatabaseTest
{
protected:
    // The first column of the first row, or an invalid QVariant when the query fails or gives no row.
    QVariant scalar(const QString& statement)
    {
        QSqlQuery q(sql());
        if (!q.exec(statement) || !q.next()) {
            ADD_FAILURE() << "query failed: " << statement.toStdString() << ": " << q.lastError().text().toStdString();
            return {};
        }
        return q.value(0);
    }

    qint64 number(const QString& statement) { return scalar(statement).toLongLong(); }

    QStringList column(const QString& statement)
    {
        QStringList values;
        QSqlQuery q(sql());
        EXPECT_TRUE(q.exec(statement)) << statement.toStdString() << ": " << q.lastError().text().toStdString();
        while (q.next()) {
            values << q.value(0).toString();
        }
        return values;
    }

    QStringList columnsOf(const QString& table)
    {
        return column(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    }

    // Reason codes in force on a date, as the application will ask for them.
    QStringList reasonCodesValidOn(const QString& isoDate)
    {
        return column(QStringLiteral("SELECT code FROM reason_codes WHERE valid_from <= '%1' "
                                     "AND (valid_to IS NULL OR valid_to >= '%1') ORDER BY code")
                          .arg(isoDate));
    }
};

TEST_F(SchemaMigrationTest, AppliesFromEmptyWithEveryTable)
{
    const QStringList present =
        column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const QString& table : kTables) {
        EXPECT_TRUE(present.contains(table)) << "missing table " << table.toStdString();
    }
}

TEST_F(SchemaMigrationTest, VersionIsTheHighestMigrationNumber)
{
    const QVector<Migrator::Migration> migrations = Migrator::available();
    ASSERT_GE(migrations.size(), 2);
    EXPECT_EQ(migrations.at(0).version, 1);
    EXPECT_EQ(migrations.at(0).name, QStringLiteral("schema"));
    EXPECT_EQ(migrations.at(1).version, 2);
    EXPECT_EQ(migrations.at(1).name, QStringLiteral("reference_data"));

    const int highest = migrations.constLast().version;
    EXPECT_EQ(db().schemaVersion(), highest);
    EXPECT_EQ(Database::latestSchemaVersion(), highest);
    EXPECT_EQ(number(QStringLiteral("PRAGMA user_version")), highest);
}

TEST_F(SchemaMigrationTest, ForeignKeysAreEnforcedAndConsistent)
{
    EXPECT_EQ(number(QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(q.next()) << "reference data breaks a foreign key in table " << q.value(0).toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

TEST_F(SchemaMigrationTest, EditedRecordsCarryTimestampsAndRowVersion)
{
    for (const QString& table : kEditedTables) {
        const QStringList columns = columnsOf(table);
        for (const char* name : {"created_at", "updated_at", "row_version"}) {
            EXPECT_TRUE(columns.contains(QLatin1String(name))) << table.toStdString() << " lacks " << name;
        }
    }
}

TEST_F(SchemaMigrationTest, CaseRecordsCanBeVoided)
{
    for (const QString& table : kCaseTables) {
        const QStringList columns = columnsOf(table);
        EXPECT_TRUE(columns.contains(QStringLiteral("voided_at"))) << table.toStdString();
        EXPECT_TRUE(columns.contains(QStringLiteral("void_reason"))) << table.toStdString();
    }
}

TEST_F(SchemaMigrationTest, EveryForeignKeyColumnLeadsAnIndex)
{
    // A foreign key without an index makes every delete or update of the parent scan the child table.
    const QStringList unindexed = column(
        QStringLiteral("SELECT m.name || '.' || f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
                       "WHERE m.type = 'table' AND NOT EXISTS (SELECT 1 FROM pragma_index_list(m.name) il "
                       "JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f.\"from\")"));
    EXPECT_TRUE(unindexed.isEmpty()) << unindexed.join(QStringLiteral(", ")).toStdString();
}

TEST_F(SchemaMigrationTest, EveryForeignKeyChoosesItsDeleteRuleAndOnlyPureChildrenCascade)
{
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT m.name, f.\"from\", f.on_delete FROM sqlite_master m "
                                      "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'")));
    std::set<std::string> cascading;
    int total = 0;
    while (q.next()) {
        ++total;
        const std::string key = q.value(0).toString().toStdString() + '.' + q.value(1).toString().toStdString();
        const QString rule = q.value(2).toString();
        EXPECT_NE(rule, QStringLiteral("NO ACTION")) << key << " has no deliberate ON DELETE";
        if (rule == QStringLiteral("CASCADE")) {
            cascading.insert(key);
        }
    }
    EXPECT_GT(total, 30);
    const std::set<std::string> expected = {
        "suspension_reasons.suspension_id",
        "permanent_exclusion_reasons.permanent_exclusion_id",
        "psp_reviews.psp_id",
        "pip_actions.referral_id",
        "school_rolls.school_id",
        "school_roll_year_groups.school_id",
        "pupil_characteristics.pupil_id",
        "contacts.pupil_id",
    };
    EXPECT_EQ(cascading, expected);
}

TEST_F(SchemaMigrationTest, MigrationFilesStayPortable)
{
    // SQLite-only syntax would stop the same files running on PostgreSQL later.
    const std::pair<const char*, const char*> forbidden[] = {
        {"\\bAUTOINCREMENT\\b", "AUTOINCREMENT"},
        {"\\bWITHOUT\\s+ROWID\\b", "WITHOUT ROWID"},
        {"\\)\\s*STRICT\\b", "STRICT tables"},
        {"\\bINSERT\\s+OR\\b", "INSERT OR ..."},
        {"\\bREPLACE\\s+INTO\\b", "REPLACE INTO"},
        {"\\bdatetime\\s*\\(", "datetime()"},
        {"\\bjulianday\\s*\\(", "julianday()"},
        {"\\bGLOB\\b", "GLOB"},
        {"\\bPRAGMA\\b", "PRAGMA"},
        {"\\bCREATE\\s+TRIGGER\\b", "triggers"},
        {"\\bIF\\s+NOT\\s+EXISTS\\b", "IF NOT EXISTS (a migration runs once)"},
    };
    const QVector<Migrator::Migration> migrations = Migrator::available();
    ASSERT_FALSE(migrations.isEmpty());
    for (const Migrator::Migration& m : migrations) {
        QFile file(m.resourcePath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << m.resourcePath.toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList statements = Migrator::splitStatements(text);
        ASSERT_FALSE(statements.isEmpty()) << m.resourcePath.toStdString();
        for (const QString& statement : statements) {
            const std::string where = m.name.toStdString() + ": " + statement.left(60).toStdString();
            EXPECT_TRUE(statement.endsWith(QLatin1Char(';'))) << "unterminated statement in " << where;
            EXPECT_EQ(statement.count(QLatin1Char(';')), 1) << "';' inside a statement in " << where;
            for (const auto& [pattern, label] : forbidden) {
                const QRegularExpression re(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
                EXPECT_FALSE(re.match(statement).hasMatch()) << label << " in " << where;
            }
        }
        for (const Dialect::Kind kind : {Dialect::Kind::Sqlite, Dialect::Kind::Postgres}) {
            const QString expanded = Dialect(kind).expandMigration(text);
            EXPECT_FALSE(expanded.contains(QStringLiteral("{{"))) << "unknown placeholder in " << m.name.toStdString();
        }
    }
}

TEST_F(SchemaMigrationTest, SixteenReasonCodesAreCurrent)
{
    const QStringList current = reasonCodesValidOn(QStringLiteral("2024-01-01"));
    EXPECT_EQ(current.size(), 16);
    const QStringList expected = {
        QStringLiteral("BU"), QStringLiteral("DA"), QStringLiteral("DB"), QStringLiteral("DM"),
        QStringLiteral("DS"), QStringLiteral("LG"), QStringLiteral("MT"), QStringLiteral("OW"),
        QStringLiteral("PA"), QStringLiteral("PH"), QStringLiteral("PP"), QStringLiteral("RA"),
        QStringLiteral("SM"), QStringLiteral("TH"), QStringLiteral("VA"), QStringLiteral("VP"),
    };
    EXPECT_EQ(current, expected);
}

TEST_F(SchemaMigrationTest, PreSeptember2020CodesAreEffectiveDated)
{
    const QStringList before = reasonCodesValidOn(QStringLiteral("2020-08-31"));
    EXPECT_TRUE(before.contains(QStringLiteral("PD")));
    EXPECT_TRUE(before.contains(QStringLiteral("OT")));
    EXPECT_TRUE(before.contains(QStringLiteral("PP")));
    EXPECT_FALSE(before.contains(QStringLiteral("DB")));
    EXPECT_FALSE(before.contains(QStringLiteral("OW")));
    EXPECT_FALSE(before.contains(QStringLiteral("LG"))); // LG and DS arrived with the September 2020 list
    EXPECT_FALSE(before.contains(QStringLiteral("DS")));
    EXPECT_EQ(before.size(), 12); // 10 codes in both lists, plus PD and OT

    const QStringList after = reasonCodesValidOn(QStringLiteral("2020-09-01"));
    EXPECT_FALSE(after.contains(QStringLiteral("PD")));
    EXPECT_FALSE(after.contains(QStringLiteral("OT")));
    EXPECT_TRUE(after.contains(QStringLiteral("DB")));
    EXPECT_EQ(after.size(), 16);

    EXPECT_EQ(scalar(QStringLiteral("SELECT valid_to FROM reason_codes WHERE code = 'PD'")).toString(),
              QStringLiteral("2020-08-31"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT description FROM reason_codes WHERE code = 'DB'")).toString(),
              QStringLiteral("Persistent disruptive behaviour"));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM reason_codes")), 18);
}

TEST_F(SchemaMigrationTest, EthnicityCodesCoverTheDfEMainCodes)
{
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM ethnicity_codes")), 20);
    EXPECT_EQ(number(QStringLiteral("SELECT count(DISTINCT major_group) FROM ethnicity_codes")), 7);
    EXPECT_EQ(scalar(QStringLiteral("SELECT major_group FROM ethnicity_codes WHERE code = 'WBRI'")).toString(),
              QStringLiteral("White"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT major_group FROM ethnicity_codes WHERE code = 'MWBA'")).toString(),
              QStringLiteral("Mixed"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT major_group FROM ethnicity_codes WHERE code = 'NOBT'")).toString(),
              QStringLiteral("Unclassified"));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM ethnicity_codes WHERE major_group = 'Black'")), 3);
}

TEST_F(SchemaMigrationTest, NationalRatesAreSeeded)
{
    EXPECT_DOUBLE_EQ(scalar(QStringLiteral("SELECT value FROM national_rates WHERE academic_year = '2022/23' "
                                           "AND measure = 'suspension_rate'"))
                         .toDouble(),
                     9.33);
    EXPECT_DOUBLE_EQ(scalar(QStringLiteral("SELECT value FROM national_rates WHERE academic_year = '2022/23' "
                                           "AND measure = 'permanent_exclusion_rate'"))
                         .toDouble(),
                     0.11);
    EXPECT_DOUBLE_EQ(scalar(QStringLiteral("SELECT value FROM national_rates WHERE academic_year = '2023/24' "
                                           "AND measure = 'suspension_rate'"))
                         .toDouble(),
                     11.31);
    EXPECT_DOUBLE_EQ(scalar(QStringLiteral("SELECT value FROM national_rates WHERE academic_year = '2023/24' "
                                           "AND measure = 'permanent_exclusion_rate'"))
                         .toDouble(),
                     0.13);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM national_rates WHERE source IS NULL")), 0);
}

TEST_F(SchemaMigrationTest, DefaultSettingsAreSeeded)
{
    const std::pair<const char*, const char*> expected[] = {
        {"la_name", "Casebook demonstration council"},
        {"la_code", ""},
        {"retention_years", "25"},
        {"irp_retention_years", "5"},
        {"small_number_threshold", "5"},
        {"is_demo", "0"},
    };
    for (const auto& [key, value] : expected) {
        const QVariant v =
            scalar(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(QLatin1String(key)));
        ASSERT_TRUE(v.isValid()) << key;
        EXPECT_EQ(v.toString(), QLatin1String(value)) << key;
    }
}

TEST_F(SchemaMigrationTest, NewRowsGetUtcTimestampsAndVersionOne)
{
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('100001', 'Oak Primary', "
                                      "'primary')")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT created_at, updated_at, row_version FROM schools")));
    ASSERT_TRUE(q.next());
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    EXPECT_TRUE(iso.match(q.value(0).toString()).hasMatch()) << q.value(0).toString().toStdString();
    EXPECT_TRUE(iso.match(q.value(1).toString()).hasMatch()) << q.value(1).toString().toStdString();
    EXPECT_EQ(q.value(2).toInt(), 1);
}

} // namespace
