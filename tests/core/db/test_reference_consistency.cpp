#include "TempDatabase.h"

#include "db/StorageLocation.h"
#include "rules/ReasonCodes.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace casebook::test {
namespace {

class ReferenceConsistencyTest : public DatabaseTest
{};

// The rules' built-in reason codes and the migration's seeded table must say the same thing.
TEST_F(ReferenceConsistencyTest, SeededReasonCodesMatchTheRulesTable)
{
    std::map<QString, ReasonCode> builtIn;
    for (const ReasonCode& c : builtInReasonCodes()) {
        builtIn[c.code] = c;
    }
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT code, valid_from, valid_to FROM reason_codes")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString code = q.value(0).toString();
        SCOPED_TRACE(code.toStdString());
        ASSERT_EQ(builtIn.count(code), 1u);
        const ReasonCode& c = builtIn.at(code);
        EXPECT_EQ(q.value(1).toString(), c.validFrom.toString(Qt::ISODate));
        EXPECT_EQ(q.value(2).isNull(), !c.validTo.has_value());
        if (c.validTo) {
            EXPECT_EQ(q.value(2).toString(), c.validTo->toString(Qt::ISODate));
        }
    }
    EXPECT_EQ(rows, static_cast<int>(builtIn.size()));
}

TEST(StorageLocation, UncPathsAreNetworkSharesAndLocalFoldersAreNot)
{
    EXPECT_TRUE(isOnNetworkShare(QStringLiteral("\\\\fileserver\\exclusions\\casebook.sqlite")));
    EXPECT_TRUE(isOnNetworkShare(QStringLiteral("//fileserver/exclusions/casebook.sqlite")));
    QTemporaryDir local;
    EXPECT_FALSE(isOnNetworkShare(local.filePath(QStringLiteral("casebook.sqlite"))));
}

TEST(StorageLocation, DefaultDatabaseIsInTheApplicationDataFolder)
{
    const QString path = defaultDatabasePath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("casebook.sqlite")));
    EXPECT_FALSE(path.startsWith(QStringLiteral("casebook"))); // absolute, not the working folder
}

} // namespace
} // namespace casebook::test
