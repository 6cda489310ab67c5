#include "TempDatabase.h"

#include "analytics/ReferenceRatesRepository.h"

#include <gtest/gtest.h>

namespace casebook::test {
namespace {

using ReferenceRatesTest = DatabaseTest;

TEST_F(ReferenceRatesTest, TheSeededFiguresAreRead)
{
    auto rates = ReferenceRatesRepository(db()).all();
    ASSERT_TRUE(rates.ok()) << rates.error().message.toStdString();
    ASSERT_EQ(rates->size(), 4u);
    const NationalYear y = nationalYear(*rates, QStringLiteral("2022/23"));
    EXPECT_EQ(y.suspensionRate, 9.33);
    EXPECT_EQ(y.permanentExclusionRate, 0.11);
    EXPECT_EQ(rates->front().rowVersion, 1);
}

TEST_F(ReferenceRatesTest, AddEditAndRemoveWithOptimisticLocking)
{
    ReferenceRatesRepository repo(db());
    NationalRate rate{QStringLiteral("2024/25"), kNationalOneOrMoreRate, 2.5, QStringLiteral("DfE"), 0};
    auto added = repo.save(rate);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(added.value(), 1);

    auto twice = repo.save(rate); // someone else added it first
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already recorded")));

    rate.rowVersion = 1;
    rate.value = 2.75;
    auto edited = repo.save(rate);
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    EXPECT_EQ(edited.value(), 2);
    EXPECT_EQ(nationalYear(repo.all().value(), QStringLiteral("2024/25")).oneOrMoreRate, 2.75);

    rate.value = 3.0; // still row version 1: stale
    auto stale = repo.save(rate);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(nationalYear(repo.all().value(), QStringLiteral("2024/25")).oneOrMoreRate, 2.75);

    EXPECT_FALSE(repo.remove(rate).ok());
    rate.rowVersion = 2;
    EXPECT_TRUE(repo.remove(rate).ok());
    EXPECT_EQ(repo.all().value().size(), 4u);
}

TEST_F(ReferenceRatesTest, InvalidFiguresAreRefusedBeforeTheDatabase)
{
    ReferenceRatesRepository repo(db());
    auto badYear = repo.save(NationalRate{QStringLiteral("2024/26"), kNationalSuspensionRate, 1.0, {}, 0});
    ASSERT_FALSE(badYear.ok());
    EXPECT_EQ(badYear.error().code, Error::Code::Invalid);
    auto negative = repo.save(NationalRate{QStringLiteral("2024/25"), kNationalSuspensionRate, -1.0, {}, 0});
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().message.contains(QStringLiteral("negative")));
    auto measure = repo.save(NationalRate{QStringLiteral("2024/25"), QStringLiteral("rate"), 1.0, {}, 0});
    ASSERT_FALSE(measure.ok());
    EXPECT_EQ(repo.all().value().size(), 4u);
}

} // namespace
} // namespace casebook::test
