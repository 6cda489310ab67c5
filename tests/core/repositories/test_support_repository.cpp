#include "PlacementBuilders.h"

#include "repositories/SupportRepository.h"
#include "repositories/VersionedWrite.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using SupportRepositoryTest = PlacementDatabaseTest;

TEST_F(SupportRepositoryTest, SavesAndLoadsEveryField)
{
    Support s =
        makeSupport(m_pupil, QStringLiteral("educational_psychologist"), QDate(2024, 9, 10), QDate(2024, 12, 13));
    s.schoolId = m_school;
    s.provider = QStringLiteral("County EP service");
    s.notes = QStringLiteral("Assessment of learning needs.");
    auto id = SupportRepository(db()).insert(s);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = SupportRepository(db()).load(id.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->id, id.value());
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->schoolId, m_school);
    EXPECT_EQ(loaded->kind, s.kind);
    EXPECT_EQ(loaded->startDate, s.startDate);
    EXPECT_EQ(loaded->endDate, s.endDate);
    EXPECT_EQ(loaded->provider, s.provider);
    EXPECT_EQ(loaded->notes, s.notes);
    EXPECT_EQ(loaded->rowVersion, 1);
}

TEST_F(SupportRepositoryTest, OptionalFieldsAreStoredAsNull)
{
    auto id = SupportRepository(db()).insert(makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10)));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM support_interventions WHERE school_id IS NULL AND end_date "
                                   "IS NULL AND provider IS NULL AND notes IS NULL"))
                  .toInt(),
              1);
}

TEST_F(SupportRepositoryTest, AnEditChangesTheRowAndBumpsItsVersion)
{
    SupportRepository repo(db());
    const qint64 id = repo.insert(makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10))).value();
    Support s = repo.load(id).value();
    s.endDate = QDate(2024, 11, 1);
    s.provider = QStringLiteral("Youth service");
    ASSERT_TRUE(repo.update(s, s.rowVersion));
    const Support after = repo.load(id).value();
    EXPECT_EQ(after.endDate, QDate(2024, 11, 1));
    EXPECT_EQ(after.provider, QStringLiteral("Youth service"));
    EXPECT_EQ(after.rowVersion, 2);
}

TEST_F(SupportRepositoryTest, AStaleEditIsRefusedAndChangesNothing)
{
    SupportRepository repo(db());
    const qint64 id = repo.insert(makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10))).value();
    Support mine = repo.load(id).value();
    Support theirs = mine;
    theirs.provider = QStringLiteral("Theirs");
    ASSERT_TRUE(repo.update(theirs, theirs.rowVersion));
    mine.provider = QStringLiteral("Mine");
    const Status stale = repo.update(mine, mine.rowVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_EQ(stale.error().message, versioned::staleRecordMessage());
    EXPECT_EQ(repo.load(id)->provider, QStringLiteral("Theirs"));
    EXPECT_EQ(repo.load(id)->rowVersion, 2);
}

TEST_F(SupportRepositoryTest, LoadingAMissingRecordSaysSo)
{
    auto loaded = SupportRepository(db()).load(999);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, Error::Code::NotFound);
}

TEST_F(SupportRepositoryTest, TheDatabaseRefusalIsReportedNotHidden)
{
    // The check stops this in the form; the repository must still report the database's refusal.
    auto id = SupportRepository(db()).insert(
        makeSupport(m_pupil, QStringLiteral("mentoring"), QDate(2024, 9, 10), QDate(2024, 9, 1)));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::Conflict);
    EXPECT_EQ(count(QStringLiteral("support_interventions")), 0);
}

} // namespace
} // namespace casebook::test
