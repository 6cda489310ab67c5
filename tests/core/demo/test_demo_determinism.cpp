// The same seed makes the same file; demo data is never written over real records.
#include "DemoFixture.h"

#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace casebook::demo::test {
namespace {

// A digest of every table's rows in id order, leaving out when they were written.
QByteArray digest(const QSqlDatabase& db, const QString& table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
    const QSqlRecord record = q.record();
    while (q.next()) {
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name != QLatin1String("created_at") && name != QLatin1String("updated_at")) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result();
}

const QStringList& demoTables()
{
    static const QStringList tables = {
        QStringLiteral("schools"),
        QStringLiteral("school_rolls"),
        QStringLiteral("non_school_days"),
        QStringLiteral("pupils"),
        QStringLiteral("pupil_characteristics"),
        QStringLiteral("contacts"),
        QStringLiteral("enrolments"),
        QStringLiteral("suspensions"),
        QStringLiteral("suspension_reasons"),
        QStringLiteral("permanent_exclusions"),
        QStringLiteral("psps"),
        QStringLiteral("pip_referrals"),
        QStringLiteral("pip_actions"),
        QStringLiteral("placements"),
        QStringLiteral("ap_placements"),
        QStringLiteral("ehe_cme_registrations"),
        QStringLiteral("case_notes"),
        QStringLiteral("settings"),
    };
    return tables;
}

TEST(DemoDeterminism, TheSameSeedMakesTheSameDataAndAnotherSeedDifferentData)
{
    FilledDatabase first;
    FilledDatabase second;
    FilledDatabase other;
    QString error;
    ASSERT_TRUE(first.fill(smallConfig(7), &error)) << error.toStdString();
    ASSERT_TRUE(second.fill(smallConfig(7), &error)) << error.toStdString();
    ASSERT_TRUE(other.fill(smallConfig(8), &error)) << error.toStdString();
    for (const QString& table : demoTables()) {
        EXPECT_EQ(digest(first.sql(), table), digest(second.sql(), table)) << table.toStdString();
    }
    EXPECT_NE(digest(first.sql(), QStringLiteral("pupils")), digest(other.sql(), QStringLiteral("pupils")));
    EXPECT_NE(digest(first.sql(), QStringLiteral("suspensions")), digest(other.sql(), QStringLiteral("suspensions")));
}

TEST(DemoDeterminism, GenerationInMemoryIsRepeatable)
{
    FilledDatabase reference;
    ASSERT_TRUE(reference.fill(smallConfig(2)));
    DemoWriter writer(*reference.db);
    const auto codes = writer.loadReference();
    ASSERT_TRUE(codes.ok());
    const auto a = generateDemoData(smallConfig(2), codes.value());
    const auto b = generateDemoData(smallConfig(2), codes.value());
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->pupils.size(), b->pupils.size());
    ASSERT_EQ(a->suspensions.size(), b->suspensions.size());
    for (std::size_t i = 0; i < a->pupils.size(); ++i) {
        ASSERT_EQ(a->pupils[i].upn, b->pupils[i].upn);
        ASSERT_EQ(a->pupils[i].dateOfBirth, b->pupils[i].dateOfBirth);
    }
    for (std::size_t i = 0; i < a->suspensions.size(); ++i) {
        ASSERT_EQ(a->suspensions[i].firstDay, b->suspensions[i].firstDay);
        ASSERT_EQ(a->suspensions[i].sessions, b->suspensions[i].sessions);
    }
}

TEST(DemoRefusal, ADatabaseWithPupilsIsLeftAlone)
{
    FilledDatabase filled;
    ASSERT_TRUE(filled.fill(smallConfig(3)));
    const double pupils = number(filled.sql(), QStringLiteral("SELECT count(*) FROM pupils"));
    const double suspensions = number(filled.sql(), QStringLiteral("SELECT count(*) FROM suspensions"));

    Result<DemoRunSummary> again = fillDemoDatabase(*filled.db, smallConfig(4));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already holds"))) << again.error().message.toStdString();
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("pupils")));
    EXPECT_EQ(number(filled.sql(), QStringLiteral("SELECT count(*) FROM pupils")), pupils);
    EXPECT_EQ(number(filled.sql(), QStringLiteral("SELECT count(*) FROM suspensions")), suspensions);
}

TEST(DemoRefusal, ADatabaseWithRealSchoolsOrTermDatesIsLeftAlone)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("real.sqlite")));
    ASSERT_TRUE(db.ok());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schools (urn, name, phase) VALUES ('123456', 'Real School', "
                                      "'primary')")));
    Result<DemoRunSummary> result = fillDemoDatabase(*db.value(), smallConfig());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("1 schools"))) << result.error().message.toStdString();
    EXPECT_EQ(number(db.value()->connection(), QStringLiteral("SELECT count(*) FROM pupils")), 0);
    EXPECT_EQ(number(db.value()->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'is_demo'")), 0);
}

TEST(DemoConfig, PresetsAndLimits)
{
    const auto typical = DemoConfig::fromPreset(QStringLiteral("typical"));
    ASSERT_TRUE(typical.has_value());
    EXPECT_EQ(typical->schools, 150);
    EXPECT_EQ(typical->pupilsPerYear, 60000);
    EXPECT_EQ(typical->years, 5);
    const auto large = DemoConfig::fromPreset(QStringLiteral("large"));
    ASSERT_TRUE(large.has_value());
    EXPECT_EQ(large->schools, 600);
    EXPECT_EQ(large->pupilsPerYear, 250000);
    EXPECT_EQ(large->years, 10);
    EXPECT_FALSE(DemoConfig::fromPreset(QStringLiteral("huge")).has_value());

    DemoConfig config = smallConfig();
    EXPECT_EQ(config.finalYear().label(), QStringLiteral("2024/25"));
    EXPECT_EQ(config.firstYear().label(), QStringLiteral("2022/23"));
    EXPECT_TRUE(config.validate().ok());
    config.schools = 3;
    EXPECT_FALSE(config.validate().ok());
    config = smallConfig();
    config.pupilsPerYear = 100;
    EXPECT_FALSE(config.validate().ok());
    config = smallConfig();
    config.today = QDate();
    EXPECT_FALSE(config.validate().ok());
}

} // namespace
} // namespace casebook::demo::test
