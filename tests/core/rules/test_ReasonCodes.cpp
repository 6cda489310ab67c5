#include "rules/ReasonCodes.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace casebook;

namespace {

QStringList codesOn(QDate date)
{
    QStringList codes;
    for (const ReasonCode& row : reasonCodesValidOn(date, builtInReasonCodes())) {
        codes << row.code;
    }
    return codes;
}

TEST(RulesReasonCodes, ListsInForceBeforeAndAfterTheSeptember2020Revision)
{
    const QStringList since2020 = {
        QStringLiteral("PP"), QStringLiteral("PA"), QStringLiteral("VP"), QStringLiteral("VA"),
        QStringLiteral("OW"), QStringLiteral("BU"), QStringLiteral("RA"), QStringLiteral("LG"),
        QStringLiteral("DS"), QStringLiteral("SM"), QStringLiteral("DA"), QStringLiteral("DM"),
        QStringLiteral("TH"), QStringLiteral("DB"), QStringLiteral("MT"), QStringLiteral("PH")};
    const QStringList before2020 = {QStringLiteral("PP"), QStringLiteral("PA"), QStringLiteral("VP"),
                                    QStringLiteral("VA"), QStringLiteral("BU"), QStringLiteral("RA"),
                                    QStringLiteral("SM"), QStringLiteral("DA"), QStringLiteral("DM"),
                                    QStringLiteral("TH"), QStringLiteral("PD"), QStringLiteral("OT")};
    EXPECT_EQ(codesOn(QDate(2024, 3, 14)), since2020);
    EXPECT_EQ(codesOn(QDate(2020, 9, 1)), since2020);
    EXPECT_EQ(codesOn(QDate(2020, 8, 31)), before2020);
    EXPECT_EQ(codesOn(QDate(2006, 9, 1)), before2020);
    EXPECT_TRUE(codesOn(QDate(2006, 8, 31)).isEmpty()) << "nothing before the earliest records";
}

TEST(RulesReasonCodes, Validate)
{
    struct Case
    {
        QStringList codes;
        QDate onDate;
        const char* message; // empty: valid
    };
    const QDate march2024(2024, 3, 14);
    const QDate october2019(2019, 10, 1);
    const Case cases[] = {
        {{QStringLiteral("DB")}, march2024, ""},
        {{QStringLiteral("DB"), QStringLiteral("PA"), QStringLiteral("VA")}, march2024, ""},
        {{QStringLiteral(" db ")}, march2024, ""},
        {{QStringLiteral("PD")}, october2019, ""},
        {{QStringLiteral("PP")}, october2019, ""},
        {{}, march2024, "Give at least one reason"},
        {{QStringLiteral(""), QStringLiteral("  ")}, march2024, "Give at least one reason"},
        {{QStringLiteral("DB"), QStringLiteral("PA"), QStringLiteral("VA"), QStringLiteral("TH")},
         march2024,
         "Give at most three reasons; there are 4"},
        {{QStringLiteral("DB"), QStringLiteral("db")}, march2024, "Duplicate reason 'DB'"},
        {{QStringLiteral("PD")}, march2024, "'PD' is not a valid reason code on 14/03/2024 (valid until 31/08/2020)"},
        {{QStringLiteral("DB")}, october2019, "'DB' is not a valid reason code on 01/10/2019 (valid from 01/09/2020)"},
        {{QStringLiteral("PA"), QStringLiteral("OT")},
         QDate(2020, 9, 1),
         "'OT' is not a valid reason code on 01/09/2020 (valid until 31/08/2020)"},
        {{QStringLiteral("ZZ")}, march2024, "'ZZ' is not a DfE reason code"},
        {{QStringLiteral("DB")}, QDate(), "The decision date is needed to check the reasons"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.codes.join(QLatin1Char(',')).toStdString());
        const Status status = validateReasonCodes(c.codes, c.onDate, builtInReasonCodes());
        const QString expected = QString::fromUtf8(c.message);
        EXPECT_EQ(status.ok(), expected.isEmpty());
        EXPECT_EQ(status.ok() ? QString() : status.error().message, expected);
    }
}

TEST(RulesReasonCodes, LookUpOneCodeOnADate)
{
    const std::vector<ReasonCode> table = builtInReasonCodes();
    const std::optional<ReasonCode> db = reasonCodeOn(QStringLiteral("db"), QDate(2024, 3, 14), table);
    ASSERT_TRUE(db.has_value());
    EXPECT_EQ(db->description, QStringLiteral("Persistent disruptive behaviour"));
    EXPECT_FALSE(reasonCodeOn(QStringLiteral("PD"), QDate(2020, 9, 1), table).has_value());
    EXPECT_TRUE(reasonCodeOn(QStringLiteral("PD"), QDate(2020, 8, 31), table).has_value());
}

} // namespace
