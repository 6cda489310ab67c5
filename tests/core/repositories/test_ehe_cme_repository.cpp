#include "PlacementBuilders.h"

#include "repositories/EheCmeRepository.h"
#include "repositories/VersionedWrite.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using EheCmeRepositoryTest = PlacementDatabaseTest;

TEST_F(EheCmeRepositoryTest, SavesAndLoadsEveryField)
{
    EheCmeRegistration r = makeRegistration(m_pupil, QStringLiteral("ehe"), QDate(2025, 2, 3));
    r.schoolId = m_school;
    r.reasonGiven = QStringLiteral("Parent unhappy with the school's handling of bullying.");
    r.endedOn = QDate(2025, 6, 2);
    r.outcome = QStringLiteral("Returned to school");
    auto id = EheCmeRepository(db()).insert(r);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = EheCmeRepository(db()).load(id.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->kind, QStringLiteral("ehe"));
    EXPECT_EQ(loaded->registeredOn, r.registeredOn);
    EXPECT_EQ(loaded->schoolId, m_school);
    EXPECT_EQ(loaded->reasonGiven, r.reasonGiven);
    EXPECT_EQ(loaded->endedOn, r.endedOn);
    EXPECT_EQ(loaded->outcome, r.outcome);
    EXPECT_EQ(loaded->rowVersion, 1);
}

TEST_F(EheCmeRepositoryTest, AnEditChangesTheRowAndAStaleOneIsRefused)
{
    EheCmeRepository repo(db());
    const qint64 id = repo.insert(makeRegistration(m_pupil, QStringLiteral("cme"), QDate(2025, 2, 3))).value();
    EheCmeRegistration opened = repo.load(id).value();
    EheCmeRegistration edited = opened;
    edited.endedOn = QDate(2025, 2, 20);
    edited.outcome = QStringLiteral("Found: on roll in another LA");
    ASSERT_TRUE(repo.update(edited, edited.rowVersion));
    EXPECT_EQ(repo.load(id)->endedOn, QDate(2025, 2, 20));
    EXPECT_EQ(repo.load(id)->rowVersion, 2);

    opened.outcome = QStringLiteral("Still missing");
    const Status stale = repo.update(opened, opened.rowVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message, versioned::staleRecordMessage());
    EXPECT_EQ(repo.load(id)->outcome, QStringLiteral("Found: on roll in another LA"));
}

TEST_F(EheCmeRepositoryTest, ExclusionDatesAreSuspensionsAndExclusionsNotVoided)
{
    // A suspension, a cancelled one (still a threat of exclusion) and a voided one (a mistake).
    const QString insert = QStringLiteral("INSERT INTO suspensions (pupil_id, school_id, first_day, sessions, "
                                          "cancelled_on, voided_at, void_reason) VALUES (%1, %2, %3)")
                               .arg(m_pupil)
                               .arg(m_school);
    ASSERT_TRUE(exec(insert.arg(QStringLiteral("'2025-01-13', 2, NULL, NULL, NULL"))));
    ASSERT_TRUE(exec(insert.arg(QStringLiteral("'2024-11-04', 2, '2024-11-04', NULL, NULL"))));
    ASSERT_TRUE(exec(insert.arg(QStringLiteral("'2024-12-02', 2, NULL, '2024-12-03', 'wrong pupil'"))));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO permanent_exclusions (pupil_id, school_id, decision_date, "
                                    "effective_date) VALUES (%1, %2, '2025-01-20', '2025-01-21')")
                         .arg(m_pupil)
                         .arg(m_school)));
    auto dates = EheCmeRepository(db()).exclusionDates(m_pupil);
    ASSERT_TRUE(dates.ok()) << dates.error().message.toStdString();
    ASSERT_EQ(dates->size(), 3u);
    EXPECT_EQ(dates->at(0).date, QDate(2024, 11, 4));
    EXPECT_FALSE(dates->at(0).permanent);
    EXPECT_EQ(dates->at(1).date, QDate(2025, 1, 13));
    EXPECT_EQ(dates->at(2).date, QDate(2025, 1, 20));
    EXPECT_TRUE(dates->at(2).permanent);
}

TEST_F(EheCmeRepositoryTest, LatestSchoolIsTheCurrentOneOrTheOneLeftLast)
{
    EheCmeRepository repo(db());
    EXPECT_EQ(repo.latestSchoolOf(m_pupil).value(), m_school);
    ASSERT_TRUE(exec(QStringLiteral("UPDATE enrolments SET end_date = '2024-07-19'")));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO enrolments (pupil_id, school_id, start_date, end_date) VALUES (%1, "
                                    "%2, '2024-09-03', '2025-01-31')")
                         .arg(m_pupil)
                         .arg(m_otherSchool)));
    EXPECT_EQ(repo.latestSchoolOf(m_pupil).value(), m_otherSchool);
    EXPECT_EQ(repo.latestSchoolOf(m_pupil + 1).value(), 0);
}

} // namespace
} // namespace casebook::test
