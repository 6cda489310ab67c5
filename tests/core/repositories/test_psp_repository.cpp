#include "Builders.h"
#include "PlanningBuilders.h"
#include "TempDatabase.h"

#include "repositories/PspRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class PspRepositoryTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_school =
            SchoolRepository(db()).insert(makeSchool(QStringLiteral("137001"), QStringLiteral("Northfield"))).value();
        m_pupil = PupilRepository(db())
                      .insert(makePupil(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QDate(2011, 5, 1),
                                        makeUpn(938, 4001, 11, 1)))
                      .value();
    }

    Psp planWithTwoReviews() const
    {
        Psp p = makePsp(m_pupil, m_school, QDate(2024, 9, 9));
        p.laRepresentative = QStringLiteral("A. Officer");
        p.agencies = QStringLiteral("CAMHS");
        p.reviews = {{0, QDate(2024, 11, 4), QDate(2024, 11, 5), QStringLiteral("Good progress")},
                     {0, QDate(2024, 12, 30), QDate(), QString()}};
        return p;
    }

    // Each review as "due|held|notes|row_version", by due date.
    QStringList reviewRows(qint64 pspId)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT due_on, coalesce(held_on, ''), coalesce(notes, ''), row_version "
                                 "FROM psp_reviews WHERE psp_id = ? ORDER BY due_on"));
        q.addBindValue(pspId);
        EXPECT_TRUE(q.exec());
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                        .arg(q.value(3).toInt());
        }
        return rows;
    }

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(PspRepositoryTest, APlanIsSavedWithItsReviewsAndLoadsBack)
{
    PspRepository repo(db());
    auto id = repo.insert(planWithTwoReviews());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto loaded = repo.load(id.value());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->pupilId, m_pupil);
    EXPECT_EQ(loaded->schoolId, m_school);
    EXPECT_EQ(loaded->startDate, QDate(2024, 9, 9));
    EXPECT_EQ(loaded->plannedEndDate, QDate(2024, 12, 30));
    EXPECT_FALSE(loaded->endDate.isValid());
    EXPECT_EQ(loaded->laRepresentative, QStringLiteral("A. Officer"));
    EXPECT_EQ(loaded->agencies, QStringLiteral("CAMHS"));
    EXPECT_EQ(loaded->status, QStringLiteral("active"));
    EXPECT_EQ(loaded->rowVersion, 1);
    ASSERT_EQ(loaded->reviews.size(), 2U);
    EXPECT_GT(loaded->reviews[0].id, 0);
    EXPECT_EQ(loaded->reviews[0].heldOn, QDate(2024, 11, 5));
    EXPECT_EQ(loaded->reviews[0].notes, QStringLiteral("Good progress"));
    EXPECT_FALSE(loaded->reviews[1].heldOn.isValid());
}

TEST_F(PspRepositoryTest, AnEditUpdatesThePlanAndMakesTheReviewsMatch)
{
    PspRepository repo(db());
    const qint64 id = repo.insert(planWithTwoReviews()).value();
    Psp p = repo.load(id).value();
    p.status = QStringLiteral("completed");
    p.endDate = QDate(2024, 12, 20);
    p.outcome = QStringLiteral("Targets met");
    const qint64 keptId = p.reviews[0].id;
    p.reviews[0].notes = QStringLiteral("Good progress; attendance 96%");
    p.reviews.erase(p.reviews.begin() + 1); // the second review is removed ...
    p.reviews.push_back({0, QDate(2024, 12, 16), QDate(2024, 12, 16), QStringLiteral("Final review")}); // ... one added
    ASSERT_TRUE(repo.update(p, p.rowVersion).ok());

    const Psp after = repo.load(id).value();
    EXPECT_EQ(after.rowVersion, 2);
    EXPECT_EQ(after.status, QStringLiteral("completed"));
    EXPECT_EQ(after.endDate, QDate(2024, 12, 20));
    EXPECT_EQ(after.outcome, QStringLiteral("Targets met"));
    EXPECT_EQ(reviewRows(id), (QStringList{QStringLiteral("2024-11-04|2024-11-05|Good progress; attendance 96%|2"),
                                           QStringLiteral("2024-12-16|2024-12-16|Final review|1")}));
    EXPECT_EQ(after.reviews[0].id, keptId); // the kept review is updated in place, not replaced
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 2);
}

TEST_F(PspRepositoryTest, AnUnchangedReviewIsLeftAlone)
{
    PspRepository repo(db());
    const qint64 id = repo.insert(planWithTwoReviews()).value();
    Psp p = repo.load(id).value();
    p.targets = QStringLiteral("New targets");
    ASSERT_TRUE(repo.update(p, p.rowVersion).ok());
    EXPECT_EQ(reviewRows(id),
              (QStringList{QStringLiteral("2024-11-04|2024-11-05|Good progress|1"), QStringLiteral("2024-12-30|||1")}));
}

TEST_F(PspRepositoryTest, AStaleEditIsRefusedAndChangesNothing)
{
    PspRepository repo(db());
    const qint64 id = repo.insert(planWithTwoReviews()).value();
    Psp p = repo.load(id).value();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE psps SET row_version = row_version + 1 WHERE id = %1").arg(id)));
    p.outcome = QStringLiteral("Mine");
    p.reviews.clear();
    const Status st = repo.update(p, p.rowVersion);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, Error::Code::Conflict);
    EXPECT_EQ(st.error().message, QStringLiteral("This record was changed by someone else since you opened it; "
                                                 "close the form and open it again."));
    EXPECT_TRUE(repo.load(id)->outcome.isEmpty());
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 2);
}

TEST_F(PspRepositoryTest, AFailingReviewRollsBackTheWholePlan)
{
    Psp p = planWithTwoReviews();
    p.reviews[1].dueOn = QDate(); // due_on is NOT NULL
    auto id = PspRepository(db()).insert(p);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(count(QStringLiteral("psps")), 0);
    EXPECT_EQ(count(QStringLiteral("psp_reviews")), 0);
}

TEST_F(PspRepositoryTest, AReviewOfAnotherPlanIsRefusedAndTheEditRolledBack)
{
    PspRepository repo(db());
    const qint64 first = repo.insert(planWithTwoReviews()).value();
    const qint64 second = repo.insert(makePsp(m_pupil, m_school, QDate(2025, 1, 6))).value();
    Psp p = repo.load(second).value();
    p.outcome = QStringLiteral("Changed");
    p.reviews.push_back(repo.load(first)->reviews[0]);
    const Status st = repo.update(p, p.rowVersion);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.startsWith(QStringLiteral("Review 1 is no longer part of this plan")));
    EXPECT_EQ(repo.load(second)->rowVersion, 1);
    EXPECT_EQ(reviewRows(first).size(), 2);
}

TEST_F(PspRepositoryTest, AMissingPlanIsNotFound)
{
    auto loaded = PspRepository(db()).load(42);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, Error::Code::NotFound);
}

TEST_F(PspRepositoryTest, APupilsPlansLeaveOutVoidedOnesAndOtherPupils)
{
    PspRepository repo(db());
    const qint64 later = repo.insert(makePsp(m_pupil, m_school, QDate(2025, 1, 6))).value();
    const qint64 earlier = repo.insert(makePsp(m_pupil, m_school, QDate(2024, 9, 9))).value();
    const qint64 voided = repo.insert(makePsp(m_pupil, m_school, QDate(2024, 5, 1))).value();
    ASSERT_TRUE(exec(
        QStringLiteral("UPDATE psps SET voided_at = 'x', void_reason = 'Entered twice' WHERE id = %1").arg(voided)));
    const qint64 other = PupilRepository(db())
                             .insert(makePupil(QStringLiteral("Sam"), QStringLiteral("Other"), QDate(2011, 2, 1)))
                             .value();
    ASSERT_TRUE(repo.insert(makePsp(other, m_school, QDate(2024, 9, 9))).ok());
    auto plans = repo.listForPupil(m_pupil);
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 2U);
    EXPECT_EQ(plans->at(0).id, earlier);
    EXPECT_EQ(plans->at(1).id, later);
}

} // namespace
} // namespace casebook::test
