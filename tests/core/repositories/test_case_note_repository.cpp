#include "Builders.h"
#include "PlanningBuilders.h"
#include "TempDatabase.h"

#include "repositories/CaseNoteRepository.h"
#include "repositories/PupilRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class CaseNoteRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    qint64 m_pupil = 0;
};

TEST_F(CaseNoteRepositoryTest, ANoteIsSavedAndLoadsBack)
{
    CaseNote n = makeCaseNote(m_pupil, QDate(2024, 10, 3), QStringLiteral("Mother rang.\nWorried about Friday."));
    n.category = QStringLiteral("phone_call");
    CaseNoteRepository repo(db());
    auto id = repo.insert(n);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = repo.load(id.value());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->notedOn, QDate(2024, 10, 3));
    EXPECT_EQ(loaded->category, QStringLiteral("phone_call"));
    EXPECT_EQ(loaded->body, QStringLiteral("Mother rang.\nWorried about Friday."));
    EXPECT_EQ(loaded->authorUserId, 0);
    EXPECT_EQ(loaded->rowVersion, 1);
}

TEST_F(CaseNoteRepositoryTest, AnEditChangesTheNoteAndBumpsItsVersion)
{
    CaseNoteRepository repo(db());
    const qint64 id = repo.insert(makeCaseNote(m_pupil, QDate(2024, 10, 3), QStringLiteral("First"))).value();
    CaseNote n = repo.load(id).value();
    n.body = QStringLiteral("Second");
    n.category = QStringLiteral("visit");
    ASSERT_TRUE(repo.update(n, n.rowVersion).ok());
    const CaseNote after = repo.load(id).value();
    EXPECT_EQ(after.body, QStringLiteral("Second"));
    EXPECT_EQ(after.category, QStringLiteral("visit"));
    EXPECT_EQ(after.rowVersion, 2);
    // A second edit from the same (now stale) copy is refused.
    const Status stale = repo.update(n, n.rowVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
}

TEST_F(CaseNoteRepositoryTest, AReadOnlyConnectionRefusesTheNoteWithAReason)
{
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = ON")));
    auto id = CaseNoteRepository(db()).insert(makeCaseNote(m_pupil, QDate(2024, 10, 3), QStringLiteral("Note")));
    ASSERT_FALSE(id.ok());
    EXPECT_FALSE(id.error().message.isEmpty());
    ASSERT_TRUE(exec(QStringLiteral("PRAGMA query_only = OFF")));
    EXPECT_EQ(count(QStringLiteral("case_notes")), 0);
}

TEST_F(CaseNoteRepositoryTest, AMissingNoteIsNotFound)
{
    auto loaded = CaseNoteRepository(db()).load(7);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, Error::Code::NotFound);
}

} // namespace
} // namespace casebook::test
