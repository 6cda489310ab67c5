#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/ExclusionRepository.h"
#include "repositories/PupilRepository.h"
#include "repositories/SchoolRepository.h"
#include "repositories/SettingsRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class RepositoryTest : public DatabaseTest
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

    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

TEST_F(RepositoryTest, ASuspensionIsSavedWithItsReasonsInOrder)
{
    Suspension s;
    s.pupilId = m_pupil;
    s.schoolId = m_school;
    s.firstDay = QDate(2024, 10, 24);
    s.sessions = 3;
    s.reasonCodes = {QStringLiteral("VA"), QStringLiteral("DB")};
    auto id = ExclusionRepository(db()).insertSuspension(s);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 1);
    QSqlQuery q(sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT code FROM suspension_reasons ORDER BY position")));
    QStringList codes;
    while (q.next()) {
        codes << q.value(0).toString();
    }
    EXPECT_EQ(codes, s.reasonCodes);
}

TEST_F(RepositoryTest, AFailedReasonRollsBackTheWholeSuspension)
{
    Suspension s;
    s.pupilId = m_pupil;
    s.schoolId = m_school;
    s.firstDay = QDate(2024, 10, 24);
    s.sessions = 2;
    s.reasonCodes = {QStringLiteral("DB"), QStringLiteral("XX")}; // XX is no DfE code
    auto id = ExclusionRepository(db()).insertSuspension(s);
    ASSERT_FALSE(id.ok());
    EXPECT_FALSE(id.error().message.isEmpty());
    EXPECT_TRUE(id.error().detail.contains(QStringLiteral("XX"))); // the bound values reach the log
    EXPECT_EQ(count(QStringLiteral("suspensions")), 0);
    EXPECT_EQ(count(QStringLiteral("suspension_reasons")), 0);
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(RepositoryTest, AnExclusionForAnUnknownPupilIsRefused)
{
    PermanentExclusion x;
    x.pupilId = 4242;
    x.schoolId = m_school;
    x.decisionDate = QDate(2025, 1, 15);
    x.reasonCodes = {QStringLiteral("PA")};
    auto id = ExclusionRepository(db()).insertExclusion(x);
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_EQ(count(QStringLiteral("permanent_exclusions")), 0);
}

TEST_F(RepositoryTest, PupilSearchMatchesUpnDateAndNamePrefixes)
{
    PupilRepository pupils(db());
    Pupil ana = makePupil(QStringLiteral("Anastasia"), QStringLiteral("O'Brien"), QDate(2012, 1, 31));
    ana.preferredForename = QStringLiteral("Ana");
    ASSERT_TRUE(pupils.insert(ana).ok());
    ASSERT_TRUE(
        pupils.insert(makePupil(QStringLiteral("Joseph"), QStringLiteral("Bloggs-Smith"), QDate(2011, 5, 1))).ok());

    auto byUpn = pupils.search(makeUpn(938, 4001, 11, 1).toLower(), 10);
    ASSERT_TRUE(byUpn.ok());
    ASSERT_EQ(byUpn->size(), 1);
    EXPECT_EQ(byUpn->front().id, m_pupil);

    auto byDob = pupils.search(QStringLiteral("01/05/2011"), 10);
    ASSERT_TRUE(byDob.ok());
    EXPECT_EQ(byDob->size(), 2);

    auto byPreferred = pupils.search(QStringLiteral("ana o'b"), 10);
    ASSERT_TRUE(byPreferred.ok());
    ASSERT_EQ(byPreferred->size(), 1);
    EXPECT_EQ(byPreferred->front().name, QStringLiteral("O'BRIEN, Anastasia (Ana)"));

    auto byTwoWords = pupils.search(QStringLiteral("jo blo"), 10);
    ASSERT_TRUE(byTwoWords.ok());
    EXPECT_EQ(byTwoWords->size(), 2); // Jo Bloggs and Joseph Bloggs-Smith

    // One word: surname matches first, then forename matches, each in surname order.
    ASSERT_TRUE(pupils.insert(makePupil(QStringLiteral("Blossom"), QStringLiteral("Adams"), QDate(2013, 2, 2))).ok());
    auto oneWord = pupils.search(QStringLiteral("BLO"), 10);
    ASSERT_TRUE(oneWord.ok());
    ASSERT_EQ(oneWord->size(), 3);
    EXPECT_EQ(oneWord->at(0).name, QStringLiteral("BLOGGS, Jo"));
    EXPECT_EQ(oneWord->at(1).name, QStringLiteral("BLOGGS-SMITH, Joseph"));
    EXPECT_EQ(oneWord->at(2).name, QStringLiteral("ADAMS, Blossom"));
    auto byForename = pupils.search(QStringLiteral("anast"), 10);
    ASSERT_TRUE(byForename.ok());
    ASSERT_EQ(byForename->size(), 1);

    auto limited = pupils.search(QStringLiteral("blo"), 1);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->size(), 1);

    auto nothing = pupils.search(QStringLiteral("zz"), 10);
    ASSERT_TRUE(nothing.ok());
    EXPECT_TRUE(nothing->isEmpty());
}

TEST_F(RepositoryTest, VoidedPupilsAreNotFound)
{
    ASSERT_TRUE(
        exec(QStringLiteral("UPDATE pupils SET voided_at = '2025-01-01T00:00:00Z', void_reason = 'duplicate'")));
    auto found = PupilRepository(db()).search(QStringLiteral("bloggs"), 10);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->isEmpty());
}

TEST_F(RepositoryTest, SchoolFilterTreatsWildcardsLiterally)
{
    SchoolRepository schools(db());
    ASSERT_TRUE(schools.insert(makeSchool(QStringLiteral("137002"), QStringLiteral("St Mary's 100% Academy"))).ok());
    auto all = schools.list({}, 100);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
    auto percent = schools.list(QStringLiteral("100%"), 100);
    ASSERT_TRUE(percent.ok());
    ASSERT_EQ(percent->size(), 1);
    auto underscore = schools.list(QStringLiteral("_"), 100);
    ASSERT_TRUE(underscore.ok());
    EXPECT_TRUE(underscore->isEmpty());
    auto byUrn = schools.list(QStringLiteral("137001"), 100);
    ASSERT_TRUE(byUrn.ok());
    ASSERT_EQ(byUrn->size(), 1);
    EXPECT_EQ(byUrn->front().school.name, QStringLiteral("Northfield"));
}

TEST_F(RepositoryTest, RollsAreReplacedNotDuplicated)
{
    SchoolRepository schools(db());
    ASSERT_TRUE(schools.setRoll(m_school, QStringLiteral("2024/25"), 900).ok());
    ASSERT_TRUE(schools.setRoll(m_school, QStringLiteral("2024/25"), 950).ok());
    ASSERT_TRUE(schools.setRoll(m_school, QStringLiteral("2023/24"), 870).ok());
    auto rows = schools.list({}, 10);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->front().latestRoll, 950);
    EXPECT_EQ(rows->front().latestRollYear, QStringLiteral("2024/25"));
    EXPECT_EQ(count(QStringLiteral("school_rolls")), 2);
    EXPECT_FALSE(schools.setRoll(m_school, QStringLiteral("2024-25"), 1).ok()); // the file refuses a bad label
}

TEST_F(RepositoryTest, SettingsHaveDefaultsAndCanChange)
{
    SettingsRepository settings(db());
    EXPECT_EQ(settings.value(QStringLiteral("retention_years")).value(), QStringLiteral("25"));
    EXPECT_EQ(settings.value(QStringLiteral("no_such_key"), QStringLiteral("fallback")).value(),
              QStringLiteral("fallback"));
    EXPECT_FALSE(settings.isDemo());
    ASSERT_TRUE(settings.setValue(QStringLiteral("is_demo"), QStringLiteral("1")).ok());
    EXPECT_TRUE(settings.isDemo());
}

} // namespace
} // namespace casebook::test

namespace casebook::test {
namespace {

TEST_F(RepositoryTest, BulkSuspensionsAreAllOrNothingAndNameTheFailingRow)
{
    QVector<Suspension> batch;
    for (int i = 0; i < 3; ++i) {
        Suspension s;
        s.pupilId = m_pupil;
        s.schoolId = m_school;
        s.firstDay = QDate(2024, 10, 1).addDays(i);
        s.sessions = 2;
        s.reasonCodes = {QStringLiteral("DB")};
        batch << s;
    }
    ASSERT_TRUE(ExclusionRepository(db()).insertSuspensions(batch).ok());
    EXPECT_EQ(count(QStringLiteral("suspensions")), 3);
    EXPECT_EQ(count(QStringLiteral("suspension_reasons")), 3);

    batch[2].sessions = 0; // breaks the CHECK on sessions
    const Status failed = ExclusionRepository(db()).insertSuspensions(batch);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.startsWith(QStringLiteral("Suspension 3 of 3:")))
        << failed.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("suspensions")), 3); // the first batch only
    EXPECT_EQ(count(QStringLiteral("suspension_reasons")), 3);
}

} // namespace
} // namespace casebook::test
