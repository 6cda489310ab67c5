#include "AnalyticsFixture.h"

#include "analytics/ComparisonRepository.h"
#include "analytics/SchoolFiguresRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using SchoolFiguresTest = AnalyticsFixture;

QString text2(std::optional<double> v)
{
    return figureText(v);
}

TEST_F(SchoolFiguresTest, OneSchoolPerTermCountsOnlyWhatCountsWithRates)
{
    auto trend = SchoolFiguresRepository(db()).schoolTrend(m_north, Granularity::Term);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    ASSERT_EQ(trend->size(), 4u); // 2023/24 summer, then the three terms of 2024/25
    const PeriodFigures& old = trend->at(0);
    EXPECT_EQ(old.academicYear, QStringLiteral("2023/24"));
    EXPECT_EQ(old.suspensions, 1);
    EXPECT_EQ(old.rollState(), RollState::NoRoll);
    EXPECT_FALSE(old.suspensionRate().has_value());
    EXPECT_EQ(rateText(old, old.suspensionRate()), QStringLiteral("no roll"));

    const PeriodFigures& autumn = trend->at(1);
    EXPECT_EQ(autumn.term, QStringLiteral("autumn"));
    EXPECT_EQ(autumn.suspensions, 3); // the voided and the cancelled-before-it-began records left out
    EXPECT_EQ(autumn.pupilsSuspended, 2);
    EXPECT_EQ(autumn.sessions, 12);
    EXPECT_DOUBLE_EQ(autumn.daysLost(), 6.0);
    EXPECT_EQ(autumn.headcount, 400);
    EXPECT_EQ(text2(autumn.suspensionRate()), QStringLiteral("0.75"));
    EXPECT_EQ(text2(autumn.oneOrMoreRate()), QStringLiteral("0.50"));
    EXPECT_EQ(text2(autumn.permanentExclusionRate()), QStringLiteral("0.00"));

    const PeriodFigures& spring = trend->at(2);
    EXPECT_EQ(spring.suspensions, 2);
    EXPECT_EQ(spring.permanentExclusions, 1); // Ben's, reinstated but counted; Ann's withdrawn one not
    EXPECT_EQ(spring.reinstated, 1);
    EXPECT_EQ(text2(spring.permanentExclusionRate()), QStringLiteral("0.25"));
    EXPECT_EQ(trend->at(3).suspensions, 0);
}

TEST_F(SchoolFiguresTest, OneSchoolPerYear)
{
    auto trend = SchoolFiguresRepository(db()).schoolTrend(m_north, Granularity::Year);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    ASSERT_EQ(trend->size(), 2u);
    const PeriodFigures& year = trend->at(1);
    EXPECT_EQ(year.academicYear, QStringLiteral("2024/25"));
    EXPECT_TRUE(year.term.isEmpty());
    EXPECT_EQ(year.firstDay, QDate(2024, 9, 3));
    EXPECT_EQ(year.lastDay, QDate(2025, 7, 22));
    EXPECT_EQ(year.suspensions, 5);
    EXPECT_EQ(year.pupilsSuspended, 3);
    EXPECT_DOUBLE_EQ(year.daysLost(), 8.0);
    EXPECT_EQ(text2(year.suspensionRate()), QStringLiteral("1.25"));
    EXPECT_EQ(text2(year.oneOrMoreRate()), QStringLiteral("0.75"));
    EXPECT_EQ(text2(year.permanentExclusionRate()), QStringLiteral("0.25"));
}

TEST_F(SchoolFiguresTest, ASchoolThatOpenedMidYearCountsFromItsOpening)
{
    auto trend = SchoolFiguresRepository(db()).schoolTrend(m_east, Granularity::Term);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    ASSERT_EQ(trend->size(), 4u);
    EXPECT_FALSE(trend->at(0).open); // 2023/24 summer: before it opened
    EXPECT_EQ(trend->at(0).rollState(), RollState::NotOpen);
    EXPECT_EQ(rateText(trend->at(0), trend->at(0).suspensionRate()), QStringLiteral("not open"));
    const PeriodFigures& autumn = trend->at(1);
    EXPECT_TRUE(autumn.open);
    EXPECT_EQ(autumn.suspensions, 1); // 12/11/2024 counts; 01/10/2024 is before it opened
    EXPECT_EQ(text2(autumn.suspensionRate()), QStringLiteral("1.00"));
}

TEST_F(SchoolFiguresTest, AllSchoolsInAPeriodLeaveOutSchoolsNotOpen)
{
    SchoolFiguresRepository figures(db());
    auto old = figures.schoolsInPeriod(Period{QStringLiteral("2023/24"), QStringLiteral("summer")});
    ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
    ASSERT_EQ(old->size(), 2u); // East had not opened
    EXPECT_EQ(old->at(0).schoolName, QStringLiteral("North"));
    EXPECT_EQ(old->at(0).rollState(), RollState::NoRoll);

    auto year = figures.schoolsInPeriod(Period{QStringLiteral("2024/25"), {}});
    ASSERT_TRUE(year.ok());
    ASSERT_EQ(year->size(), 3u);
    EXPECT_EQ(year->at(0).schoolName, QStringLiteral("East"));
    EXPECT_EQ(year->at(2).schoolName, QStringLiteral("South"));
    EXPECT_EQ(year->at(2).suspensions, 2);
    EXPECT_EQ(year->at(2).sessions, 88);
    EXPECT_EQ(text2(year->at(2).suspensionRate()), QStringLiteral("1.00"));
    EXPECT_EQ(text2(year->at(2).permanentExclusionRate()), QStringLiteral("0.50"));

    auto riverside = figures.schoolsInPeriod(Period{QStringLiteral("2024/25"), {}},
                                             SchoolFilter{{}, QStringLiteral("Riverside"), {}});
    ASSERT_TRUE(riverside.ok());
    EXPECT_EQ(riverside->size(), 2u); // East and North
}

TEST_F(SchoolFiguresTest, LaFiguresCountPupilsOnceAndOnlySchoolsWithARoll)
{
    auto la = SchoolFiguresRepository(db()).laTrend(Granularity::Year);
    ASSERT_TRUE(la.ok()) << la.error().message.toStdString();
    ASSERT_EQ(la->size(), 2u);
    const PeriodFigures& old = la->at(0);
    EXPECT_EQ(old.rollState(), RollState::NoRoll);
    EXPECT_EQ(old.schoolsWithoutRoll, 2);
    EXPECT_EQ(old.schoolsWithRoll, 0);
    const PeriodFigures& year = la->at(1);
    EXPECT_EQ(year.schoolId, 0);
    EXPECT_EQ(year.headcount, 700);
    EXPECT_EQ(year.schoolsWithRoll, 3);
    EXPECT_EQ(year.suspensions, 8);
    EXPECT_EQ(year.pupilsSuspended, 5); // Ben, suspended at North and South, once
    EXPECT_EQ(year.sessions, 105);
    EXPECT_EQ(year.permanentExclusions, 2);
    EXPECT_EQ(text2(year.suspensionRate()), QStringLiteral("1.14"));
    EXPECT_EQ(text2(year.oneOrMoreRate()), QStringLiteral("0.71"));
    EXPECT_EQ(text2(year.permanentExclusionRate()), QStringLiteral("0.29"));

    auto autumn = SchoolFiguresRepository(db()).laTrend(Granularity::Term, {},
                                                        Period{QStringLiteral("2024/25"), QStringLiteral("autumn")});
    ASSERT_TRUE(autumn.ok());
    ASSERT_EQ(autumn->size(), 1u);
    EXPECT_EQ(autumn->at(0).suspensions, 5);
    EXPECT_EQ(autumn->at(0).pupilsSuspended, 4);
}

TEST_F(SchoolFiguresTest, ASchoolBesideTheLaAndNationalFigures)
{
    auto rows = ComparisonRepository(db()).schoolAgainstLa(m_north, Granularity::Year);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 2u);
    const ComparedPeriod& old = rows->at(0);
    EXPECT_EQ(old.national.suspensionRate, 11.31);
    EXPECT_EQ(old.national.permanentExclusionRate, 0.13);
    EXPECT_FALSE(old.national.oneOrMoreRate.has_value());
    EXPECT_FALSE(old.suspensionRateAgainstLa().has_value()); // no roll on either side
    const ComparedPeriod& year = rows->at(1);
    EXPECT_EQ(year.la.suspensions, 8);
    EXPECT_NEAR(year.suspensionRateAgainstLa().value(), 1.25 / (800.0 / 700.0), 1e-12);
    EXPECT_FALSE(year.national.suspensionRate.has_value()); // none recorded for 2024/25

    auto terms = ComparisonRepository(db()).schoolAgainstLa(m_north, Granularity::Term);
    ASSERT_TRUE(terms.ok());
    EXPECT_FALSE(terms->at(0).national.suspensionRate.has_value()); // annual figures are not set against a term
}

} // namespace
} // namespace casebook::test
