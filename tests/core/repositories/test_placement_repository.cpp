#include "PlacementBuilders.h"

#include "repositories/PlacementRepository.h"
#include "repositories/VersionedWrite.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using PlacementRepositoryTest = PlacementDatabaseTest;

TEST_F(PlacementRepositoryTest, SavesAndLoadsEveryField)
{
    Placement p = makePlacement(m_pupil, QStringLiteral("off_site_direction"), m_school, m_otherSchool,
                                QDate(2024, 10, 1), QDate(2024, 11, 12), QDate(2024, 12, 20));
    p.outcome = QStringLiteral("returned");
    p.notes = QStringLiteral("Six weeks at Southgate.");
    auto id = PlacementRepository(db()).insert(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = PlacementRepository(db()).load(id.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->kind, p.kind);
    EXPECT_EQ(loaded->fromSchoolId, m_school);
    EXPECT_EQ(loaded->toSchoolId, m_otherSchool);
    EXPECT_EQ(loaded->startDate, p.startDate);
    EXPECT_EQ(loaded->reviewOn, p.reviewOn);
    EXPECT_EQ(loaded->endDate, p.endDate);
    EXPECT_EQ(loaded->outcome, p.outcome);
    EXPECT_EQ(loaded->notes, p.notes);
    EXPECT_EQ(loaded->rowVersion, 1);
}

TEST_F(PlacementRepositoryTest, AnEditChangesTheRowAndAStaleOneIsRefused)
{
    PlacementRepository repo(db());
    const qint64 id =
        repo.insert(makePlacement(m_pupil, QStringLiteral("managed_move"), m_school, m_otherSchool, QDate(2024, 10, 1)))
            .value();
    Placement opened = repo.load(id).value();
    Placement edited = opened;
    edited.outcome = QStringLiteral("successful");
    edited.endDate = QDate(2024, 11, 29);
    ASSERT_TRUE(repo.update(edited, edited.rowVersion));
    EXPECT_EQ(repo.load(id)->outcome, QStringLiteral("successful"));
    EXPECT_EQ(repo.load(id)->rowVersion, 2);

    opened.outcome = QStringLiteral("broke_down");
    const Status stale = repo.update(opened, opened.rowVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().message, versioned::staleRecordMessage());
    EXPECT_EQ(repo.load(id)->outcome, QStringLiteral("successful"));
}

TEST_F(PlacementRepositoryTest, ForPupilListsTheLiveOnesByStart)
{
    PlacementRepository repo(db());
    const QString move = QStringLiteral("managed_move");
    const qint64 later = repo.insert(makePlacement(m_pupil, move, m_school, m_otherSchool, QDate(2024, 11, 4))).value();
    const qint64 earlier =
        repo.insert(makePlacement(m_pupil, move, m_school, m_otherSchool, QDate(2024, 9, 9))).value();
    const qint64 voided =
        repo.insert(makePlacement(m_pupil, move, m_school, m_otherSchool, QDate(2024, 10, 7))).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE placements SET voided_at = '2024-10-08T09:00:00Z', void_reason = "
                                    "'entered twice' WHERE id = %1")
                         .arg(voided)));
    auto rows = repo.forPupil(m_pupil);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ(rows->at(0).id, earlier);
    EXPECT_EQ(rows->at(1).id, later);
    EXPECT_TRUE(repo.forPupil(m_pupil + 1)->empty());
}

} // namespace
} // namespace casebook::test
