#include "AnalyticsFixture.h"

#include "analytics/OffRollingRepository.h"
#include "analytics/PipEngagementRepository.h"
#include "analytics/RepeatMeasuresRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using EscalationTest = AnalyticsFixture;

template <typename Row>
const Row* bySchool(const std::vector<Row>& rows, qint64 schoolId)
{
    for (const Row& r : rows) {
        if (r.schoolId == schoolId) {
            return &r;
        }
    }
    return nullptr;
}

TEST_F(EscalationTest, RepeatSuspensionsTheLimitAndSupportBeforeExclusion)
{
    auto rows = RepeatMeasuresRepository(db()).measures(QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    const RepeatFigures& la = rows->front();
    EXPECT_EQ(la.schoolId, 0);
    EXPECT_EQ(la.pupilsSuspended, 5);
    EXPECT_EQ(la.pupilsRepeated, 1);  // Ann, three suspensions
    EXPECT_EQ(la.pupilsOverLimit, 1); // Ben, 92 sessions (46 days) across two schools
    EXPECT_EQ(la.excludedPupils, 2);
    EXPECT_EQ(la.excludedAfterPip, 1);
    EXPECT_EQ(la.excludedAfterPsp, 0); // Cal's PSP began the day he was excluded: not before
    EXPECT_EQ(figureText(la.supportedFirstPercent()), QStringLiteral("50.00"));

    const RepeatFigures* north = bySchool(*rows, m_north);
    ASSERT_NE(north, nullptr);
    EXPECT_EQ(north->schoolName, QStringLiteral("North"));
    EXPECT_EQ(north->pupilsSuspended, 3);
    EXPECT_EQ(north->pupilsRepeated, 1);
    EXPECT_EQ(north->pupilsOverLimit, 1); // Ben's days at South count towards the limit
    EXPECT_EQ(figureText(north->supportedFirstPercent()), QStringLiteral("100.00"));
    const RepeatFigures* south = bySchool(*rows, m_south);
    ASSERT_NE(south, nullptr);
    EXPECT_EQ(south->pupilsRepeated, 0);
    EXPECT_EQ(south->pupilsOverLimit, 1);
    EXPECT_EQ(figureText(south->supportedFirstPercent()), QStringLiteral("0.00"));
    const RepeatFigures* east = bySchool(*rows, m_east);
    ASSERT_NE(east, nullptr);
    EXPECT_FALSE(east->supportedFirstPercent().has_value()); // no exclusions: no share
}

TEST_F(EscalationTest, OffRollingIndicatorsAndFlags)
{
    auto rows = OffRollingRepository(db()).indicators(QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 4u); // the LA, then East, North, South
    const OffRollingFigures& la = rows->front();
    EXPECT_EQ(la.unexplainedExits, 4); // North 3, South 1 (East has no year-group figures)
    EXPECT_EQ(la.yearTenElevenRoll, 550);
    EXPECT_EQ(figureText(la.exitRate()), QStringLiteral("0.73"));
    const OffRollingFigures* north = bySchool(*rows, m_north);
    ASSERT_NE(north, nullptr);
    EXPECT_EQ(north->unexplainedExits, 3); // Eve (home education), Fay (unknown), Hal (other)
    EXPECT_EQ(figureText(north->exitRate()), QStringLiteral("2.00"));
    EXPECT_TRUE(north->exitsFlagged);        // 2.00 is more than twice 0.73, on 3 pupils
    EXPECT_EQ(north->eheAfterSuspension, 1); // Eve, 14 days after her suspension
    EXPECT_FALSE(north->eheFlagged);         // one registration is below the minimum
    const OffRollingFigures* south = bySchool(*rows, m_south);
    ASSERT_NE(south, nullptr);
    EXPECT_EQ(south->unexplainedExits, 1);
    EXPECT_FALSE(south->exitsFlagged);
    EXPECT_EQ(south->eheAfterSuspension, 0); // Cal registered months after his suspension
    const OffRollingFigures* east = bySchool(*rows, m_east);
    ASSERT_NE(east, nullptr);
    EXPECT_EQ(east->unexplainedExits, 0); // Dee moved to South: another state school
    EXPECT_FALSE(east->exitRate().has_value());
}

TEST_F(EscalationTest, PipEngagementPerSchool)
{
    auto rows = PipEngagementRepository(db()).engagement(QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 4u); // the LA, then East (no referrals), North, South
    const PipEngagement& la = rows->front();
    EXPECT_EQ(la.referrals, 3); // the voided referral left out
    EXPECT_EQ(la.onAgenda, 1);
    EXPECT_EQ(la.heard, 1);
    EXPECT_EQ(la.decided, 1);
    EXPECT_EQ(la.withdrawn, 1);
    EXPECT_EQ(rows->at(1).schoolName, QStringLiteral("East"));
    EXPECT_EQ(rows->at(1).referrals, 0);
    const PipEngagement& north = rows->at(2);
    EXPECT_EQ(north.referrals, 2);
    EXPECT_EQ(north.decisions.value(QStringLiteral("outreach_support")), 1);
    EXPECT_EQ(rows->at(3).referrals, 1);
    EXPECT_EQ(rows->at(3).onAgenda, 0);
}

TEST_F(EscalationTest, AnInvalidYearIsRefusedWithAClearMessage)
{
    auto rows = OffRollingRepository(db()).indicators(QStringLiteral("2024-25"));
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("2024/25")));
}

} // namespace
} // namespace casebook::test
