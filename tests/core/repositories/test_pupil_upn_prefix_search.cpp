#include "Builders.h"
#include "TempDatabase.h"

#include "repositories/PupilRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

class UpnPrefixSearchTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        PupilRepository pupils(db());
        m_first = makeUpn(938, 4001, 11, 2);
        m_second = makeUpn(938, 4001, 11, 1);
        m_otherSchool = makeUpn(938, 4002, 11, 1);
        ASSERT_TRUE(
            pupils.insert(makePupil(QStringLiteral("Zed"), QStringLiteral("Able"), QDate(2011, 1, 2), m_first)));
        ASSERT_TRUE(
            pupils.insert(makePupil(QStringLiteral("Amy"), QStringLiteral("Zane"), QDate(2011, 3, 4), m_second)));
        ASSERT_TRUE(
            pupils.insert(makePupil(QStringLiteral("Bo"), QStringLiteral("Cole"), QDate(2011, 5, 6), m_otherSchool)));
    }

    QString m_first;
    QString m_second;
    QString m_otherSchool;
};

TEST_F(UpnPrefixSearchTest, TheStartOfAUpnFindsThePupilsWhoseUpnBeginsWithItInUpnOrder)
{
    PupilRepository pupils(db());
    // Check letter, LA code and establishment: the two pupils of school 4001, whatever their check letters.
    for (const QString& upn : {m_first, m_second}) {
        auto found = pupils.search(upn.left(8).toLower(), 10);
        ASSERT_TRUE(found.ok());
        for (const PupilSummary& p : found.value()) {
            EXPECT_TRUE(p.upn.startsWith(upn.left(8))) << p.upn.toStdString();
        }
        EXPECT_FALSE(found->isEmpty());
    }
    auto longer = pupils.search(m_second.left(12), 10);
    ASSERT_TRUE(longer.ok());
    ASSERT_EQ(longer->size(), 1);
    EXPECT_EQ(longer->front().upn, m_second);
    // Too short to be a UPN start (a letter and six digits): not treated as one, finds nobody.
    auto tooShort = pupils.search(m_first.left(7), 10);
    ASSERT_TRUE(tooShort.ok());
    EXPECT_TRUE(tooShort->isEmpty());
}

TEST_F(UpnPrefixSearchTest, TheRangeUsesTheUpnIndex)
{
    const SqlStatement statement = PupilRepository::searchStatement(m_first.left(9), 50);
    QSqlQuery plan(sql());
    ASSERT_TRUE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
    for (int i = 0; i < statement.values.size(); ++i) {
        plan.bindValue(i, statement.values.at(i));
    }
    ASSERT_TRUE(plan.exec());
    QString details;
    while (plan.next()) {
        details += plan.value(3).toString() + QLatin1Char('\n');
    }
    EXPECT_TRUE(details.contains(QStringLiteral("USING INDEX"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("SCAN p"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY"))) << details.toStdString();
}

} // namespace
} // namespace casebook::test
