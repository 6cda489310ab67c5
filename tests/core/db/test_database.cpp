#include "QtPrinters.h"
#include "TempDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

qint64 pragma(Database& db, const QString& name)
{
    auto v = SqlQuery(db.connection(), QStringLiteral("PRAGMA ") + name).scalar();
    return v ? v.value() : -1;
}

// Writes raw bytes or a raw SQLite file without Casebook, to play a foreign or tampered file.
void rawSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const QString& s : statements) {
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

TEST(DatabaseOpen, NewFileIsCreatedMigratedAndConfigured)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("application_id")), Database::kApplicationId);
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("trusted_schema")), 0);
    EXPECT_EQ(pragma(db, QStringLiteral("secure_delete")), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")), 2); // FULL
    EXPECT_EQ(pragma(db, QStringLiteral("busy_timeout")), Database::kBusyTimeoutMs);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(db.lastBackupPath().isEmpty()); // nothing to back up on a new file
}

TEST(DatabaseOpen, RefusesAFileThatIsNotADatabaseAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("UPN,Surname\nB801200005001,Smith\n");
    f.close();
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotCasebook);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Casebook database")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("UPN,Surname\nB801200005001,Smith\n"));
}

TEST(DatabaseOpen, RefusesAnotherApplicationsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSqlite(path, {QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"),
                     QStringLiteral("INSERT INTO songs (title) VALUES ('x')")});
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotCasebook);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Casebook one")));
}

TEST(DatabaseOpen, RefusesAFileFromANewerCasebook)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    const int future = Database::latestSchemaVersion() + 1;
    rawSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(future)});
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::TooNew);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version of Casebook")));
    // Untouched: still the future version.
    Database::Options peek;
    peek.migrate = false;
    peek.readOnly = true;
    rawSqlite(path, {});
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    raw.setDatabaseName(path);
    ASSERT_TRUE(raw.open());
    QSqlQuery q(raw);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), future);
    q.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

TEST(DatabaseOpen, AnEmptyFileBecomesACasebookDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), Database::latestSchemaVersion());
}

TEST(DatabaseOpen, ReadOnlyOpenDoesNotCreateAMissingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto opened = Database::open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DatabaseMigration, BacksUpAnOlderFileBeforeMigratingIt)
{
    if (Database::latestSchemaVersion() < 2) {
        GTEST_SKIP() << "needs at least two migrations";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options noMigrate;
        noMigrate.migrate = false;
        auto opened = Database::open(path, noMigrate);
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(Migrator(*opened.value()).migrateTo(1).ok());
        EXPECT_EQ(opened.value()->schemaVersion(), 1);
    }
    auto reopened = Database::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(reopened.value()->schemaVersion(), Database::latestSchemaVersion());
    const QString backup = reopened.value()->lastBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    // The backup is the file as it was: a Casebook database at version 1.
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    auto old = Database::open(backup, readOnly);
    ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
    EXPECT_EQ(old.value()->schemaVersion(), 1);
}

TEST(DatabaseMigration, SplitsStatementsAtLineEndSemicolonsAndSkipsComments)
{
    const QStringList s = Migrator::splitStatements(QStringLiteral("-- a comment; not a statement\n"
                                                                   "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                                                                   "\n"
                                                                   "CREATE INDEX i\n  ON a (x);\n"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b');"));
    EXPECT_EQ(s.at(1), QStringLiteral("CREATE INDEX i\n  ON a (x);"));
}

class TransactionTest : public DatabaseTest
{};

TEST_F(TransactionTest, AFailedMultiRowWriteLeavesNoPartialRows)
{
    const qint64 before = count(QStringLiteral("schools"));
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.begin().ok());
        SqlQuery ok(sql(), QStringLiteral("INSERT INTO schools (urn, name, phase, school_type) "
                                          "VALUES ('100001', 'First', 'primary', 'academy')"));
        ASSERT_TRUE(ok.exec().ok());
        SqlQuery bad(sql(), QStringLiteral("INSERT INTO schools (urn, name, phase, school_type) "
                                           "VALUES (:urn, 'Second', 'not-a-phase', 'academy')"));
        bad.bind(QStringLiteral(":urn"), QStringLiteral("100002"));
        const Status s = bad.exec();
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, Error::Code::Conflict);
        EXPECT_TRUE(s.error().detail.contains(QStringLiteral("INSERT INTO schools"))); // the SQL, for the log
        EXPECT_TRUE(s.error().detail.contains(QStringLiteral("100002")));              // and the bound values
        // tx goes out of scope without commit
    }
    EXPECT_EQ(count(QStringLiteral("schools")), before);
}

TEST_F(TransactionTest, NestedTransactionRollsBackOnlyItsOwnWork)
{
    Transaction outer(db());
    ASSERT_TRUE(outer.begin().ok());
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
    {
        Transaction inner(db());
        ASSERT_TRUE(inner.begin().ok());
        ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')")));
        inner.rollback();
    }
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(db().transactionDepth(), 0);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT key FROM settings WHERE key IN ('a', 'b') ORDER BY key")));
    QStringList keys;
    while (q.next()) {
        keys << q.value(0).toString();
    }
    EXPECT_EQ(keys, QStringList{QStringLiteral("a")});
}

TEST_F(TransactionTest, CommittedWorkIsVisibleToASecondConnection)
{
    Transaction tx(db());
    ASSERT_TRUE(tx.begin().ok());
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('shared', 'yes')")));
    ASSERT_TRUE(tx.commit().ok());
    auto second = Database::open(path());
    ASSERT_TRUE(second.ok());
    QSqlQuery q(second.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'shared'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("yes"));
}

} // namespace
} // namespace casebook::test
