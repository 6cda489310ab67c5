#include "AnalyticsFixture.h"

#include "analytics/BreakdownRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using BreakdownTest = AnalyticsFixture;

const GroupFigures* find(const std::vector<GroupFigures>& rows, const QString& dimension, const QString& group)
{
    for (const GroupFigures& g : rows) {
        if (g.dimension == dimension && g.group == group) {
            return &g;
        }
    }
    return nullptr;
}

TEST_F(BreakdownTest, ReasonsAreSharesOfReasonsGiven)
{
    auto rows = BreakdownRepository(db()).reasonShares(Scope::school(m_north), Period{QStringLiteral("2024/25"), {}});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 4u); // DB 4, VA 2, PP 1 of 7 reasons; PA for the exclusion
    EXPECT_EQ(rows->at(0).kind, QStringLiteral("suspension"));
    EXPECT_EQ(rows->at(0).code, QStringLiteral("DB"));
    EXPECT_EQ(rows->at(0).reasons, 4);
    EXPECT_EQ(rows->at(0).totalReasons, 7);
    EXPECT_EQ(figureText(rows->at(0).sharePercent()), QStringLiteral("57.14"));
    EXPECT_EQ(rows->at(1).code, QStringLiteral("VA"));
    EXPECT_EQ(figureText(rows->at(1).sharePercent()), QStringLiteral("28.57"));
    EXPECT_EQ(rows->at(2).code, QStringLiteral("PP"));
    EXPECT_EQ(figureText(rows->at(2).sharePercent()), QStringLiteral("14.29"));
    EXPECT_EQ(rows->at(3).kind, QStringLiteral("permanent_exclusion"));
    EXPECT_EQ(rows->at(3).code, QStringLiteral("PA"));
    EXPECT_EQ(figureText(rows->at(3).sharePercent()), QStringLiteral("100.00"));
}

TEST_F(BreakdownTest, CharacteristicsHaveRatesOverPupilsOnRollAndRatiosToTheRest)
{
    auto rows =
        BreakdownRepository(db()).characteristics(Scope::school(m_north), Period{QStringLiteral("2024/25"), {}});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    // On roll on 16/01/2025: Ann, Ben, Eve, Fay (Hal had left). Suspensions: Ann 3, Ben 1, Eve 1; Ben excluded.
    const GroupFigures* female = find(*rows, kBySex, QStringLiteral("F"));
    ASSERT_NE(female, nullptr);
    EXPECT_EQ(female->label, QStringLiteral("Female"));
    EXPECT_EQ(female->pupils, 3);
    EXPECT_EQ(female->suspensions, 4);
    EXPECT_EQ(female->pupilsSuspended, 2);
    EXPECT_EQ(figureText(female->suspensionRate), QStringLiteral("133.33"));
    EXPECT_EQ(figureText(female->suspensionRatio), QStringLiteral("1.33")); // 133.33 against Ben's 100
    const GroupFigures* male = find(*rows, kBySex, QStringLiteral("M"));
    ASSERT_NE(male, nullptr);
    EXPECT_EQ(figureText(male->suspensionRatio), QStringLiteral("0.75"));
    EXPECT_EQ(male->permanentExclusions, 1);
    EXPECT_FALSE(male->permanentExclusionRatio.has_value()); // the rest's rate is 0

    const GroupFigures* senSupport = find(*rows, kBySen, QStringLiteral("K"));
    ASSERT_NE(senSupport, nullptr);
    EXPECT_EQ(senSupport->label, QStringLiteral("SEN support"));
    EXPECT_EQ(senSupport->pupils, 1);
    EXPECT_EQ(figureText(senSupport->suspensionRate), QStringLiteral("300.00"));
    EXPECT_EQ(figureText(senSupport->suspensionRatio), QStringLiteral("4.50")); // 300 against 2 in 3
    EXPECT_EQ(figureText(senSupport->permanentExclusionRatio), QStringLiteral("0.00"));
    const GroupFigures* noSen = find(*rows, kBySen, QStringLiteral("N")); // no record counts as no SEN
    ASSERT_NE(noSen, nullptr);
    EXPECT_EQ(noSen->pupils, 3);

    const GroupFigures* fsm = find(*rows, kByFsm, QStringLiteral("1"));
    ASSERT_NE(fsm, nullptr);
    EXPECT_EQ(fsm->pupils, 1);
    EXPECT_EQ(find(*rows, kByFsm, QStringLiteral("0"))->pupils, 3);
    EXPECT_EQ(find(*rows, kByLookedAfter, QStringLiteral("0"))->pupils, 4);
    EXPECT_EQ(find(*rows, kByLookedAfter, QStringLiteral("1")), nullptr); // nobody looked after: no group

    const GroupFigures* white = find(*rows, kByEthnicity, QStringLiteral("White"));
    ASSERT_NE(white, nullptr);
    EXPECT_EQ(white->suspensions, 3);
    const GroupFigures* notRecorded = find(*rows, kByEthnicity, QString());
    ASSERT_NE(notRecorded, nullptr);
    EXPECT_EQ(notRecorded->label, QStringLiteral("Not recorded"));
    EXPECT_EQ(notRecorded->pupils, 3);

    // Year groups: census headcounts (Year 10: 80, Year 11: 70); Year 9 has no census figure.
    const GroupFigures* year10 = find(*rows, kByYearGroup, QStringLiteral("10"));
    ASSERT_NE(year10, nullptr);
    EXPECT_EQ(year10->label, QStringLiteral("Year 10"));
    EXPECT_EQ(year10->pupils, 80);
    EXPECT_EQ(year10->suspensions, 3);
    EXPECT_EQ(figureText(year10->suspensionRate), QStringLiteral("3.75"));
    EXPECT_NEAR(year10->suspensionRatio.value(), 3.75 / (100.0 / 70.0), 1e-12);
    const GroupFigures* year9 = find(*rows, kByYearGroup, QStringLiteral("9"));
    ASSERT_NE(year9, nullptr);
    EXPECT_EQ(year9->pupils, 0);
    EXPECT_EQ(year9->suspensions, 1);
    EXPECT_FALSE(year9->suspensionRate.has_value());  // a group with no pupils has no rate ...
    EXPECT_FALSE(year9->suspensionRatio.has_value()); // ... and no ratio
}

TEST_F(BreakdownTest, LaWideAndTermlyBreakdowns)
{
    auto la = BreakdownRepository(db()).reasonShares(Scope::la(), Period{QStringLiteral("2024/25"), {}});
    ASSERT_TRUE(la.ok()) << la.error().message.toStdString();
    int suspensionReasons = 0;
    for (const ReasonShare& r : *la) {
        if (r.kind == QStringLiteral("suspension")) {
            suspensionReasons += r.reasons;
            EXPECT_EQ(r.totalReasons, 10); // North 7, South DM and PA, East DB (its October record not counted)
        }
    }
    EXPECT_EQ(suspensionReasons, 10);

    auto autumn = BreakdownRepository(db()).characteristics(
        Scope::la(), Period{QStringLiteral("2024/25"), QStringLiteral("autumn")});
    ASSERT_TRUE(autumn.ok()) << autumn.error().message.toStdString();
    const GroupFigures* female = find(*autumn, kBySex, QStringLiteral("F"));
    ASSERT_NE(female, nullptr);
    EXPECT_EQ(female->pupils, 4);      // Ann, Eve, Fay, Dee on roll on census day
    EXPECT_EQ(female->suspensions, 3); // Ann twice, Dee once in the autumn
}

} // namespace
} // namespace casebook::test
