#include "AnalyticsFixture.h"

#include "analytics/SchoolFiguresRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

// The fixture's schools plus West (Riverside, never given a census roll, one suspension in the autumn) and Old
// (closed before any loaded term began).
class AllSchoolsTrendTest : public AnalyticsFixture
{
protected:
    void SetUp() override
    {
        AnalyticsFixture::SetUp();
        m_west = insert(QStringLiteral("INSERT INTO schools (urn, name, phase, locality) VALUES ('137004', 'West', "
                                       "'secondary', 'Riverside')"));
        insert(QStringLiteral("INSERT INTO schools (urn, name, phase, locality, closed_on) VALUES ('137005', 'Old', "
                              "'secondary', 'Riverside', '2024-03-31')"));
        suspension(m_gus, m_west, QStringLiteral("2024-10-15"), 3, {QStringLiteral("DB")});
    }

    qint64 m_west = 0;
};

TEST_F(AllSchoolsTrendTest, EverySchoolOpenInTheRangeWithEveryPeriodBySchoolThenPeriod)
{
    auto rows = SchoolFiguresRepository(db()).allSchoolsTrend(Granularity::Term, {}, QStringLiteral("2023/24"),
                                                              QStringLiteral("2024/25"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    // East, North, South, West: four periods each (2023/24 summer and the three terms of 2024/25); Old is left
    // out (closed before the first period).
    ASSERT_EQ(rows->size(), 16u);
    const QStringList names{QStringLiteral("East"), QStringLiteral("North"), QStringLiteral("South"),
                            QStringLiteral("West")};
    for (size_t i = 0; i < rows->size(); ++i) {
        EXPECT_EQ(rows->at(i).schoolName, names.at(static_cast<int>(i / 4))) << i;
        EXPECT_EQ(rows->at(i).firstDay, i % 4 == 0 ? QDate(2024, 4, 15)
                                                   : (i % 4 == 1   ? QDate(2024, 9, 3)
                                                      : i % 4 == 2 ? QDate(2025, 1, 6)
                                                                   : QDate(2025, 4, 22)))
            << i;
    }

    // East opened 04/11/2024: not open in 2023/24; in the autumn only the November suspension counts.
    EXPECT_EQ(rows->at(0).rollState(), RollState::NotOpen);
    EXPECT_EQ(rows->at(1).rollState(), RollState::Known);
    EXPECT_EQ(rows->at(1).suspensions, 1);
    EXPECT_EQ(rows->at(1).sessions, 1);
    EXPECT_EQ(figureText(rows->at(1).suspensionRate()), QStringLiteral("1.00"));

    // North: 1 in 2023/24 (no roll), 3 in the autumn (2 pupils, 12 sessions), 2 and Ben's reinstated exclusion in
    // the spring, nothing in the summer.
    EXPECT_EQ(rows->at(4).suspensions, 1);
    EXPECT_EQ(rows->at(4).rollState(), RollState::NoRoll);
    EXPECT_EQ(rows->at(5).suspensions, 3);
    EXPECT_EQ(rows->at(5).pupilsSuspended, 2);
    EXPECT_EQ(rows->at(5).sessions, 12);
    EXPECT_EQ(figureText(rows->at(5).suspensionRate()), QStringLiteral("0.75"));
    EXPECT_EQ(rows->at(6).suspensions, 2);
    EXPECT_EQ(rows->at(6).sessions, 4);
    EXPECT_EQ(rows->at(6).permanentExclusions, 1);
    EXPECT_EQ(rows->at(6).reinstated, 1);
    EXPECT_EQ(rows->at(7).suspensions, 0);

    // South: Cal in the autumn, Ben's 86 sessions in the spring, Cal's exclusion in the summer.
    EXPECT_EQ(rows->at(9).suspensions, 1);
    EXPECT_EQ(rows->at(10).sessions, 86);
    EXPECT_EQ(rows->at(11).permanentExclusions, 1);
    EXPECT_EQ(figureText(rows->at(11).permanentExclusionRate()), QStringLiteral("0.50"));

    // West has no roll in any year: its suspension counts, every rate is "no roll".
    const PeriodFigures& west = rows->at(13);
    EXPECT_EQ(west.schoolId, m_west);
    EXPECT_EQ(west.suspensions, 1);
    EXPECT_EQ(west.sessions, 3);
    EXPECT_EQ(west.rollState(), RollState::NoRoll);
    EXPECT_FALSE(west.suspensionRate().has_value());
    EXPECT_EQ(rateText(west, west.suspensionRate()), QStringLiteral("no roll"));
}

TEST_F(AllSchoolsTrendTest, YearsFilterAndRangeNarrowTheRows)
{
    SchoolFiguresRepository figures(db());
    auto years = figures.allSchoolsTrend(Granularity::Year, SchoolFilter{{}, QStringLiteral("Riverside"), {}},
                                         QStringLiteral("2024/25"), QStringLiteral("2024/25"));
    ASSERT_TRUE(years.ok()) << years.error().message.toStdString();
    ASSERT_EQ(years->size(), 3u); // East, North, West (South is in Hillside; Old closed)
    EXPECT_EQ(years->at(0).schoolName, QStringLiteral("East"));
    EXPECT_EQ(years->at(0).suspensions, 1);
    const PeriodFigures& north = years->at(1);
    EXPECT_TRUE(north.term.isEmpty());
    EXPECT_EQ(north.firstDay, QDate(2024, 9, 3));
    EXPECT_EQ(north.lastDay, QDate(2025, 7, 22));
    EXPECT_EQ(north.suspensions, 5);
    EXPECT_EQ(north.pupilsSuspended, 3);
    EXPECT_EQ(north.sessions, 16);
    EXPECT_EQ(figureText(north.suspensionRate()), QStringLiteral("1.25"));
    EXPECT_EQ(years->at(2).schoolName, QStringLiteral("West"));
    EXPECT_EQ(years->at(2).rollState(), RollState::NoRoll);

    // A range with no loaded term dates: no rows; a range bounded on one side only.
    auto none = figures.allSchoolsTrend(Granularity::Term, {}, QStringLiteral("2030/31"), {});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    auto upTo = figures.allSchoolsTrend(Granularity::Year, {}, {}, QStringLiteral("2023/24"));
    ASSERT_TRUE(upTo.ok());
    ASSERT_EQ(upTo->size(), 3u); // North, South, West were open in the 2023/24 summer; East was not yet
    EXPECT_EQ(upTo->at(0).schoolName, QStringLiteral("North"));
    EXPECT_EQ(upTo->at(0).suspensions, 1);
}

} // namespace
} // namespace casebook::test
