#include "Builders.h"
#include "PlacementBuilders.h"

#include "repositories/ApPlacementRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/VersionedWrite.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using ApPlacementRepositoryTest = PlacementDatabaseTest;

TEST_F(ApPlacementRepositoryTest, SavesAndLoadsEveryField)
{
    ApPlacement p = makeApPlacement(m_pupil, QStringLiteral("Horizons Vocational Centre"), QDate(2024, 10, 1));
    p.providerSchoolId = m_otherSchool;
    p.commissioningSchoolId = m_school;
    p.commissionedBy = QStringLiteral("school");
    p.endDate = QDate(2024, 12, 20);
    p.daysPerWeek = 2.5;
    p.dualRegistered = true;
    p.costPence = 123456;
    p.outcome = QStringLiteral("Returned to a full timetable.");
    auto id = ApPlacementRepository(db()).insert(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = ApPlacementRepository(db()).load(id.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->providerName, p.providerName);
    EXPECT_EQ(loaded->providerSchoolId, m_otherSchool);
    EXPECT_EQ(loaded->commissioningSchoolId, m_school);
    EXPECT_EQ(loaded->commissionedBy, QStringLiteral("school"));
    EXPECT_EQ(loaded->startDate, p.startDate);
    EXPECT_EQ(loaded->endDate, p.endDate);
    ASSERT_TRUE(loaded->daysPerWeek.has_value());
    EXPECT_DOUBLE_EQ(*loaded->daysPerWeek, 2.5);
    EXPECT_TRUE(loaded->dualRegistered);
    ASSERT_TRUE(loaded->costPence.has_value());
    EXPECT_EQ(*loaded->costPence, 123456);
    EXPECT_EQ(loaded->outcome, p.outcome);
    EXPECT_EQ(loaded->rowVersion, 1);
    EXPECT_EQ(value(QStringLiteral("SELECT cost_pence FROM ap_placements")).toLongLong(), 123456);
}

TEST_F(ApPlacementRepositoryTest, UnrecordedDaysAndCostStayUnrecorded)
{
    const qint64 id = ApPlacementRepository(db())
                          .insert(makeApPlacement(m_pupil, QStringLiteral("Step Up"), QDate(2024, 10, 1)))
                          .value();
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM ap_placements WHERE days_per_week IS NULL AND cost_pence IS "
                                   "NULL AND provider_school_id IS NULL AND commissioned_by IS NULL"))
                  .toInt(),
              1);
    const ApPlacement loaded = ApPlacementRepository(db()).load(id).value();
    EXPECT_FALSE(loaded.daysPerWeek.has_value());
    EXPECT_FALSE(loaded.costPence.has_value());
    EXPECT_EQ(loaded.providerSchoolId, 0);
}

TEST_F(ApPlacementRepositoryTest, AnEditChangesTheRowAndAStaleOneIsRefused)
{
    ApPlacementRepository repo(db());
    const qint64 id = repo.insert(makeApPlacement(m_pupil, QStringLiteral("Step Up"), QDate(2024, 10, 1))).value();
    ApPlacement opened = repo.load(id).value();
    ApPlacement edited = opened;
    edited.daysPerWeek = 5.0;
    edited.costPence = 50000;
    ASSERT_TRUE(repo.update(edited, edited.rowVersion));
    EXPECT_DOUBLE_EQ(repo.load(id)->daysPerWeek.value_or(0), 5.0);
    EXPECT_EQ(repo.load(id)->rowVersion, 2);

    opened.providerName = QStringLiteral("Somewhere else");
    const Status stale = repo.update(opened, opened.rowVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message, versioned::staleRecordMessage());
    EXPECT_EQ(repo.load(id)->providerName, QStringLiteral("Step Up"));
}

TEST_F(ApPlacementRepositoryTest, ProviderSchoolsAreTheApAndPruPhasesByName)
{
    SchoolRepository schools(db());
    const qint64 pru =
        schools.insert(makeSchool(QStringLiteral("137010"), QStringLiteral("Riverside PRU"), QStringLiteral("pru")))
            .value();
    const qint64 ap =
        schools.insert(makeSchool(QStringLiteral("137011"), QStringLiteral("Bridge Academy"), QStringLiteral("ap")))
            .value();
    ASSERT_TRUE(schools.insert(
        makeSchool(QStringLiteral("137012"), QStringLiteral("Brook Special"), QStringLiteral("special"))));
    auto providers = ApPlacementRepository(db()).providerSchools();
    ASSERT_TRUE(providers.ok());
    ASSERT_EQ(providers->size(), 2u);
    EXPECT_EQ(providers->at(0).id, ap);
    EXPECT_EQ(providers->at(0).name, QStringLiteral("Bridge Academy"));
    EXPECT_EQ(providers->at(1).id, pru);
}

} // namespace
} // namespace casebook::test
