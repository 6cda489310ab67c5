#include "rules/ReasonCodes.h"

#include "TempDatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

using namespace casebook;

namespace {

using RulesReasonCodesSeed = casebook::test::DatabaseTest;

// The database seeds reason codes in a migration; the rules ship the same list. They must agree, row
// for row and in order, or validation and the pickers would disagree.
TEST_F(RulesReasonCodesSeed, MigrationSeedsTheBuiltInList)
{
    QSqlQuery query(sql());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT code, description, valid_from, valid_to FROM reason_codes ORDER BY sort_order, code")));
    const std::vector<ReasonCode> builtIn = builtInReasonCodes();
    std::size_t row = 0;
    for (; query.next(); ++row) {
        ASSERT_LT(row, builtIn.size()) << "the database has more reason codes than the built-in list";
        const ReasonCode& expected = builtIn[row];
        SCOPED_TRACE(expected.code.toStdString());
        EXPECT_EQ(query.value(0).toString(), expected.code);
        EXPECT_EQ(query.value(1).toString(), expected.description);
        EXPECT_EQ(QDate::fromString(query.value(2).toString(), Qt::ISODate), expected.validFrom);
        const QVariant validTo = query.value(3);
        EXPECT_EQ(validTo.isNull() ? std::optional<QDate>() : QDate::fromString(validTo.toString(), Qt::ISODate),
                  expected.validTo);
    }
    EXPECT_EQ(row, builtIn.size());
}

} // namespace
