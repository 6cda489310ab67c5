#pragma once

#include <QtGlobal>

#include <cstddef>
#include <utility>
#include <vector>

namespace casebook::demo {

// The demo data's random numbers: xoshiro256** seeded through splitmix64, with its own distributions.
//
// Why not <random>: the engines are portable, but std::*_distribution, std::shuffle and std::sort's
// order of equal elements are not specified bit for bit, so the same seed would make a different file
// on Windows and on Linux. Everything here uses integers and the basic floating-point operations
// (+ - * / and sqrt, which IEEE 754 rounds exactly on every platform), never libm's exp or log.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    // A generator for one part of the data ("suspensions" in year 3), so that changing how one part is
    // made leaves every other part of the file unchanged.
    static DemoRandom forPart(quint64 seed, const char* part, int index = 0);

    quint64 next();
    double uniform();                        // [0, 1)
    double uniform(double low, double high); // [low, high)
    int uniformInt(int low, int high);       // low..high inclusive
    bool chance(double probability);
    // Approximately normal (Irwin-Hall: the sum of 12 uniforms), so it never strays beyond 6 sd.
    double normal(double mean, double sd);
    int poisson(double mean);

    // Index into `cumulative` (ascending running totals of weights) chosen in proportion to the weights.
    std::size_t pickCumulative(const std::vector<double>& cumulative);

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(uniformInt(0, static_cast<int>(items.size()) - 1))];
    }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(next() % i);
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    quint64 m_state[4];
};

// e^x from + - * / alone, so that it gives the same bits everywhere (std::exp may differ in the last place).
double portableExp(double x);

// A running total of `weights`, for DemoRandom::pickCumulative.
std::vector<double> cumulativeWeights(const std::vector<double>& weights);

} // namespace casebook::demo
