#pragma once

#include "demo/DemoModel.h"
#include "rules/ReasonCodes.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <vector>

namespace casebook::demo {

class DemoRandom;

// DfE reason codes for demo suspensions and exclusions, only ever those in force on the date (the file's
// own reason_codes rows decide). Persistent disruptive behaviour (DB, PD before September 2020) is about
// half of all reasons given; primary pupils are suspended more for physical assault against adults.
class DemoReasons
{
public:
    explicit DemoReasons(const std::vector<ReasonCode>& codes);

    // One to three distinct codes (first the main one); unused places are empty.
    std::array<QString, 3> forSuspension(DemoRandom& random, QDate date, Phase phase);
    std::array<QString, 3> forExclusion(DemoRandom& random, QDate date, Phase phase);

    // A sentence such as a school writes in the detail box for the code.
    static QString detail(DemoRandom& random, const QString& code);

private:
    std::array<QString, 3> pickCodes(DemoRandom& random, QDate date, int table);
    const std::vector<double>& weightsFor(QDate date, int table);

    std::vector<ReasonCode> m_codes;
    std::map<std::pair<quint32, int>, std::vector<double>> m_cache; // (codes in force, table) → weights
};

} // namespace casebook::demo
