#include "AnalyticsFixture.h"

#include "analytics/SchoolPupilsRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class SchoolPupilsTest : public AnalyticsFixture
{};

TEST_F(SchoolPupilsTest, ListsPupilsWithCountedRecordsMostSeriousFirst)
{
    SchoolPupilsRepository repo(db());
    auto rows = repo.pupils(m_north, QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    // Ben: excluded (reinstated, still counted) and one suspension of 6 sessions (his voided and cancelled ones
    // do not count); Ann: three suspensions, 8 sessions (her withdrawn exclusion and her 2023/24 suspension do
    // not count); Eve: one of 2 sessions. Fay, Hal were never suspended.
    ASSERT_EQ(rows.value().size(), 3u);
    const auto& ben = rows.value()[0];
    EXPECT_EQ(ben.pupilId, m_ben);
    EXPECT_EQ(ben.name, QStringLiteral("Test, Ben"));
    EXPECT_EQ(ben.suspensions, 1);
    EXPECT_EQ(ben.sessions, 6);
    EXPECT_EQ(ben.permanentExclusions, 1);
    EXPECT_EQ(ben.latest, QDate(2025, 3, 3));
    const auto& ann = rows.value()[1];
    EXPECT_EQ(ann.pupilId, m_ann);
    EXPECT_EQ(ann.suspensions, 3);
    EXPECT_EQ(ann.sessions, 8);
    EXPECT_DOUBLE_EQ(ann.daysLost(), 4.0);
    EXPECT_EQ(ann.permanentExclusions, 0);
    EXPECT_EQ(ann.latest, QDate(2025, 2, 3));
    EXPECT_EQ(rows.value()[2].pupilId, m_eve);
    EXPECT_EQ(rows.value()[2].sessions, 2);
}

TEST_F(SchoolPupilsTest, OnlyWhatHappenedWhileTheSchoolWasOpenCounts)
{
    SchoolPupilsRepository repo(db());
    auto rows = repo.pupils(m_east, QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows.value().size(), 1u);
    EXPECT_EQ(rows.value()[0].pupilId, m_dee);
    EXPECT_EQ(rows.value()[0].suspensions, 1); // the October record predates the opening
    EXPECT_EQ(rows.value()[0].sessions, 1);
}

TEST_F(SchoolPupilsTest, AnotherYearOrASchoolWithNothingIsEmpty)
{
    SchoolPupilsRepository repo(db());
    auto before = repo.pupils(m_north, QStringLiteral("2023/24"));
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before.value().size(), 1u); // Ann's summer 2024 suspension
    EXPECT_EQ(before.value()[0].pupilId, m_ann);
    auto none = repo.pupils(m_north, QStringLiteral("2030/31"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().empty());
}

} // namespace
} // namespace casebook::test
