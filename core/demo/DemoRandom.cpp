#include "demo/DemoRandom.h"

#include <cmath>

namespace casebook::demo {

namespace {

quint64 splitMix64(quint64& x)
{
    x += 0x9E3779B97F4A7C15ULL;
    quint64 z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;

} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (quint64& s : m_state) {
        s = splitMix64(x);
    }
}

DemoRandom DemoRandom::forPart(quint64 seed, const char* part, int index)
{
    quint64 hash = 0xCBF29CE484222325ULL; // FNV-1a over the part's name
    for (const char* c = part; *c != '\0'; ++c) {
        hash = (hash ^ static_cast<unsigned char>(*c)) * 0x100000001B3ULL;
    }
    return DemoRandom(seed, hash + static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * kTwoToMinus53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::uniformInt(int low, int high)
{
    if (high <= low) {
        return low;
    }
    const quint64 range = static_cast<quint64>(static_cast<qint64>(high) - low + 1);
    return static_cast<int>(low + static_cast<qint64>(next() % range));
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal(double mean, double sd)
{
    double sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += uniform();
    }
    return mean + sd * (sum - 6.0);
}

int DemoRandom::poisson(double mean)
{
    if (mean <= 0) {
        return 0;
    }
    if (mean > 40) {
        const double x = normal(mean, std::sqrt(mean));
        return x < 0 ? 0 : static_cast<int>(x + 0.5);
    }
    double p = portableExp(-mean);
    double total = p;
    const double u = uniform();
    int k = 0;
    while (u > total && k < 200) {
        ++k;
        p *= mean / k;
        total += p;
    }
    return k;
}

std::size_t DemoRandom::pickCumulative(const std::vector<double>& cumulative)
{
    if (cumulative.empty()) {
        return 0;
    }
    const double u = uniform() * cumulative.back();
    std::size_t low = 0;
    std::size_t high = cumulative.size() - 1;
    while (low < high) { // first index whose running total exceeds u
        const std::size_t mid = (low + high) / 2;
        if (cumulative[mid] > u) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    return low;
}

double portableExp(double x)
{
    if (x < -700) {
        return 0;
    }
    if (x > 700) {
        x = 700;
    }
    constexpr double kLn2 = 0.6931471805599453;
    const double n = std::floor(x / kLn2 + 0.5); // floor is exact
    const double r = x - n * kLn2;               // |r| <= ln2 / 2
    double term = 1;
    double sum = 1;
    for (int i = 1; i < 25; ++i) {
        term *= r / i;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(n)); // exact scaling by a power of two
}

std::vector<double> cumulativeWeights(const std::vector<double>& weights)
{
    std::vector<double> out;
    out.reserve(weights.size());
    double total = 0;
    for (double w : weights) {
        total += w > 0 ? w : 0;
        out.push_back(total);
    }
    return out;
}

} // namespace casebook::demo
