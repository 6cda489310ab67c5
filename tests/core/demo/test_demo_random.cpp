#include "demo/DemoRandom.h"

#include <gtest/gtest.h>

#include <cmath>

namespace casebook::demo {
namespace {

// The same seed must give the same numbers on every platform and standard library: these values are fixed.
TEST(DemoRandom, GivesTheSameNumbersEverywhere)
{
    DemoRandom r(42);
    EXPECT_EQ(r.next(), 0x15780B2E0C2EC716ULL);
    EXPECT_EQ(r.next(), 0x6104D9866D113A7EULL);
    EXPECT_EQ(r.next(), 0xAE17533239E499A1ULL);
    EXPECT_EQ(DemoRandom::forPart(42, "suspensions", 3).next(), 0x9C33223EB09EC67AULL);
}

TEST(DemoRandom, PartsAndSeedsGiveDifferentStreams)
{
    EXPECT_NE(DemoRandom::forPart(42, "suspensions", 3).next(), DemoRandom::forPart(42, "suspensions", 4).next());
    EXPECT_NE(DemoRandom::forPart(42, "suspensions", 3).next(), DemoRandom::forPart(42, "movement", 3).next());
    EXPECT_NE(DemoRandom::forPart(42, "suspensions", 3).next(), DemoRandom::forPart(43, "suspensions", 3).next());
}

TEST(DemoRandom, UniformIntegersStayInRangeAndCoverIt)
{
    DemoRandom r(7);
    int seen[6] = {};
    for (int i = 0; i < 6000; ++i) {
        const int v = r.uniformInt(1, 6);
        ASSERT_GE(v, 1);
        ASSERT_LE(v, 6);
        ++seen[v - 1];
    }
    for (int n : seen) {
        EXPECT_GT(n, 850);
        EXPECT_LT(n, 1150);
    }
    EXPECT_EQ(r.uniformInt(3, 3), 3);
}

TEST(DemoRandom, DistributionsHaveTheirMeans)
{
    DemoRandom r(11);
    const int n = 20000;
    double uniform = 0;
    double normal = 0;
    double poissonSmall = 0;
    double poissonLarge = 0;
    for (int i = 0; i < n; ++i) {
        uniform += r.uniform();
        normal += r.normal(10, 2);
        poissonSmall += r.poisson(0.3);
        poissonLarge += r.poisson(60);
    }
    EXPECT_NEAR(uniform / n, 0.5, 0.01);
    EXPECT_NEAR(normal / n, 10, 0.05);
    EXPECT_NEAR(poissonSmall / n, 0.3, 0.015);
    EXPECT_NEAR(poissonLarge / n, 60, 0.3);
    EXPECT_EQ(r.poisson(0), 0);
}

TEST(DemoRandom, PicksInProportionToWeights)
{
    DemoRandom r(3);
    const std::vector<double> cumulative = cumulativeWeights({1, 0, 3});
    int counts[3] = {};
    for (int i = 0; i < 8000; ++i) {
        ++counts[r.pickCumulative(cumulative)];
    }
    EXPECT_EQ(counts[1], 0);
    EXPECT_NEAR(counts[2] / 8000.0, 0.75, 0.02);
}

TEST(DemoRandom, PortableExpMatchesTheLibrary)
{
    for (double x : {-30.0, -5.5, -1.0, -0.25, 0.0, 0.7, 3.0, 20.0}) {
        EXPECT_NEAR(portableExp(x) / std::exp(x), 1.0, 1e-13) << x;
    }
    EXPECT_EQ(portableExp(-800), 0.0);
}

TEST(DemoRandom, ShuffleIsAPermutation)
{
    DemoRandom r(5);
    std::vector<int> v = {1, 2, 3, 4, 5, 6, 7, 8};
    r.shuffle(v);
    std::vector<int> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8}));
}

} // namespace
} // namespace casebook::demo
