#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/OptimisticLock.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using SchoolRepositoryTest = DatabaseTest;

SchoolRoll roll(const QString& year, QMap<int, int> groups)
{
    SchoolRoll r;
    r.academicYear = year;
    r.yearGroups = std::move(groups);
    for (int count : std::as_const(r.yearGroups)) {
        r.headcount += count;
    }
    return r;
}

TEST_F(SchoolRepositoryTest, ASchoolAndItsRollsAreSavedTogether)
{
    SchoolRepository schools(db());
    School s = makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"));
    s.laestab = QStringLiteral("8734001");
    s.trustName = QStringLiteral("North Star Trust");
    s.openedOn = QDate(2011, 9, 1);
    auto id =
        schools.insert(s, {roll(QStringLiteral("2024/25"), {{7, 190}, {8, 170}}), roll(QStringLiteral("2023/24"), {})});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = schools.load(id.value());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->laestab, QStringLiteral("8734001"));
    EXPECT_EQ(loaded->trustName, QStringLiteral("North Star Trust"));
    EXPECT_EQ(loaded->openedOn, QDate(2011, 9, 1));
    EXPECT_EQ(loaded->rowVersion, 1);
    auto rolls = schools.rolls(id.value());
    ASSERT_TRUE(rolls.ok());
    ASSERT_EQ(rolls->size(), 2u);
    EXPECT_EQ(rolls->at(0).academicYear, QStringLiteral("2024/25")); // newest first
    EXPECT_EQ(rolls->at(0).headcount, 360);
    EXPECT_EQ(rolls->at(0).yearGroups, (QMap<int, int>{{7, 190}, {8, 170}}));
    EXPECT_EQ(rolls->at(1).headcount, 0);
    EXPECT_TRUE(rolls->at(1).yearGroups.isEmpty());
    EXPECT_EQ(schools.findByLaestab(QStringLiteral("8734001")).value()->id, id.value());
    EXPECT_FALSE(schools.findByLaestab(QStringLiteral("8734002")).value().has_value());
}

TEST_F(SchoolRepositoryTest, AnUpdateReplacesTheRollsGivenAndLeavesTheRest)
{
    SchoolRepository schools(db());
    const qint64 id =
        schools
            .insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield")),
                    {roll(QStringLiteral("2024/25"), {{7, 190}, {8, 170}}), roll(QStringLiteral("2023/24"), {{7, 180}}),
                     roll(QStringLiteral("2022/23"), {{7, 175}})})
            .value();
    School s = schools.load(id).value();
    s.name = QStringLiteral("Northfield Academy");
    SchoolRoll removed;
    removed.academicYear = QStringLiteral("2022/23");
    removed.headcount = -1;
    ASSERT_TRUE(schools.update(s, {roll(QStringLiteral("2024/25"), {{7, 195}, {9, 150}}), removed}).ok());
    EXPECT_EQ(schools.load(id)->name, QStringLiteral("Northfield Academy"));
    EXPECT_EQ(schools.load(id)->rowVersion, 2);
    auto rolls = schools.rolls(id).value();
    ASSERT_EQ(rolls.size(), 2u);
    EXPECT_EQ(rolls.at(0).yearGroups, (QMap<int, int>{{7, 195}, {9, 150}}));
    EXPECT_EQ(rolls.at(0).headcount, 345);
    EXPECT_EQ(rolls.at(1).academicYear, QStringLiteral("2023/24"));
    EXPECT_EQ(rolls.at(1).headcount, 180);
    EXPECT_EQ(count(QStringLiteral("school_roll_year_groups")), 3);
}

TEST_F(SchoolRepositoryTest, AStaleUpdateChangesNeitherSchoolNorRolls)
{
    SchoolRepository schools(db());
    const qint64 id = schools
                          .insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield")),
                                  {roll(QStringLiteral("2024/25"), {{7, 190}})})
                          .value();
    School s = schools.load(id).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE schools SET row_version = row_version + 1")));
    s.name = QStringLiteral("Renamed");
    const Status stale = schools.update(s, {roll(QStringLiteral("2024/25"), {{7, 1}})});
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message, staleRecordMessage());
    EXPECT_EQ(schools.load(id)->name, QStringLiteral("Northfield"));
    EXPECT_EQ(schools.rolls(id)->front().headcount, 190);
}

TEST_F(SchoolRepositoryTest, ARefusedRollRollsBackTheNewSchool)
{
    SchoolRepository schools(db());
    SchoolRoll bad = roll(QStringLiteral("2024-25"), {{7, 10}}); // the file refuses the label
    auto id = schools.insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield")), {bad});
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(count(QStringLiteral("schools")), 0);
}

} // namespace
} // namespace casebook::test
