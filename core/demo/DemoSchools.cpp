#include "demo/DemoSchools.h"

#include "demo/DemoContext.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace casebook::demo {

namespace {

constexpr double kSixthFormStayOn = 0.45; // share of a school's Year 11 staying into Year 12
constexpr double kSpecialShare = 0.015;   // of all pupils on roll
constexpr double kPruShare = 0.0012;

int roundToInt(double x)
{
    return static_cast<int>(std::floor(x + 0.5));
}

QString uniqueName(std::set<QString>& used, const std::function<QString()>& make)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString name = make();
        if (used.insert(name).second) {
            return name;
        }
    }
    QString name = make();
    for (int n = 2;; ++n) { // give up on variety: number it
        const QString numbered = name + QStringLiteral(" (%1)").arg(n);
        if (used.insert(numbered).second) {
            return numbered;
        }
    }
}

QString primaryName(DemoRandom& r, const QString& place, const QString& type)
{
    const DemoNames& n = DemoNames::instance();
    const double u = r.uniform();
    if (u < 0.15) {
        return place + QStringLiteral(" CofE Primary School");
    }
    if (u < 0.23) {
        return QStringLiteral("St ") + n.saints.at(r.uniformInt(0, static_cast<int>(n.saints.size()) - 1)) +
               QStringLiteral(" Catholic Primary School, ") + place;
    }
    if (type == QLatin1String("academy") && u < 0.55) {
        return place + QStringLiteral(" Primary Academy");
    }
    if (u < 0.62) {
        return place + QStringLiteral(" Community Primary School");
    }
    return place + QStringLiteral(" Primary School");
}

QString secondaryName(DemoRandom& r, const QString& place, const QString& type)
{
    const DemoNames& n = DemoNames::instance();
    const double u = r.uniform();
    if (u < 0.1) {
        return QStringLiteral("St ") + n.saints.at(r.uniformInt(0, static_cast<int>(n.saints.size()) - 1)) +
               QStringLiteral(" Catholic High School, ") + place;
    }
    if (type == QLatin1String("academy") && u < 0.6) {
        return place + QStringLiteral(" Academy");
    }
    if (u < 0.75) {
        return place + QStringLiteral(" High School");
    }
    if (u < 0.88) {
        return place + QStringLiteral(" Community College");
    }
    return place + QStringLiteral(" School");
}

QString pickType(DemoRandom& r, double academy, double freeSchool)
{
    const double u = r.uniform();
    if (u < freeSchool) {
        return QStringLiteral("free_school");
    }
    return u < freeSchool + academy ? QStringLiteral("academy") : QStringLiteral("la_maintained");
}

} // namespace

void generateSchools(DemoContext& context, DemoRandom& random)
{
    const DemoConfig& config = context.config;
    const DemoNames& names = DemoNames::instance();
    const int total = config.schools;
    const int pru = std::max(1, roundToInt(total * 0.012));
    const int special = std::max(1, roundToInt(total * 0.04));
    const int secondary = std::max(1, roundToInt(total * 0.16));
    const int primary = total - pru - special - secondary;

    const int localityCount = std::clamp(total / 25, 3, static_cast<int>(names.localities.size()));
    QStringList localities = names.localities.mid(0, localityCount);
    const int trustCount = std::max(2, total / 15);
    QStringList trusts;
    std::set<QString> usedTrusts;
    for (int i = 0; i < trustCount; ++i) {
        trusts << uniqueName(usedTrusts, [&]() {
            const QString word =
                names.trustWords.at(random.uniformInt(0, static_cast<int>(names.trustWords.size()) - 1));
            return random.chance(0.5) ? QString(word + QStringLiteral(" Academy Trust"))
                                      : QString(QStringLiteral("The ") + word + QStringLiteral(" Learning Trust"));
        });
    }

    std::set<QString> usedNames;
    std::set<int> usedUrns;
    const auto newUrn = [&]() {
        for (;;) {
            const int urn = random.uniformInt(900000, 999999);
            if (usedUrns.insert(urn).second) {
                return QString::number(urn);
            }
        }
    };
    // Establishment numbers climb through the phase's range with small gaps, as real ones do.
    const auto numbering = [&](int base, int count) {
        std::vector<int> out;
        const int maxStep = std::max(1, 998 / std::max(1, count));
        int n = base;
        for (int i = 0; i < count; ++i) {
            n += random.uniformInt(1, std::min(3, maxStep));
            out.push_back(n);
        }
        return out;
    };
    const std::vector<int> primaryNumbers = numbering(2000, primary);
    const std::vector<int> secondaryNumbers = numbering(4000, secondary);
    const std::vector<int> specialNumbers = numbering(7000, special);
    const std::vector<int> pruNumbers = numbering(1100, pru);

    const auto add = [&](Phase phase, int establishment, int ordinal) {
        SchoolRow s;
        s.phase = phase;
        s.urn = newUrn();
        s.laestab = QStringLiteral("%1%2").arg(kDemoLaCode).arg(establishment, 4, 10, QLatin1Char('0'));
        // Secondaries are spread over the localities so that every one has some.
        s.locality = phase == Phase::Secondary ? localities.at(ordinal % localityCount)
                                               : localities.at(random.uniformInt(0, localityCount - 1));
        switch (phase) {
        case Phase::Primary:
            s.schoolType = pickType(random, 0.5, 0.03);
            s.name =
                uniqueName(usedNames, [&]() { return primaryName(random, names.placeName(random), s.schoolType); });
            s.lowYear = 0;
            s.highYear = 6;
            break;
        case Phase::Secondary:
            s.schoolType = pickType(random, 0.78, 0.06);
            s.name =
                uniqueName(usedNames, [&]() { return secondaryName(random, names.placeName(random), s.schoolType); });
            s.lowYear = 7;
            s.sixthForm = random.chance(0.5) || ordinal == 0;
            s.highYear = s.sixthForm ? 13 : 11;
            break;
        case Phase::Special:
            s.schoolType = pickType(random, 0.4, 0.05);
            s.name = uniqueName(usedNames, [&]() -> QString {
                return names.placeName(random) +
                       (random.chance(0.5) ? QStringLiteral(" Park School") : QStringLiteral(" School"));
            });
            s.lowYear = 0;
            s.highYear = 13;
            break;
        case Phase::Pru:
            s.schoolType = QStringLiteral("la_maintained");
            s.name = pru == 1 ? QStringLiteral("Northshire Pupil Referral Unit")
                              : QStringLiteral("Northshire Pupil Referral Unit (%1)").arg(s.locality);
            usedNames.insert(s.name);
            s.lowYear = 0; // mostly Key Stages 3 and 4, a few younger pupils
            s.highYear = 11;
            break;
        }
        if (s.schoolType == QLatin1String("academy")) {
            s.trustName = trusts.at(random.uniformInt(0, static_cast<int>(trusts.size()) - 1));
            s.openedOn = QDate(random.uniformInt(2011, std::max(2011, config.firstYear().startYear())),
                               random.chance(0.5) ? 9 : random.uniformInt(1, 12), 1);
        } else if (s.schoolType == QLatin1String("free_school")) {
            s.trustName = trusts.at(random.uniformInt(0, static_cast<int>(trusts.size()) - 1));
            s.openedOn = QDate(random.uniformInt(2012, std::max(2012, config.firstYear().startYear() - 1)), 9, 1);
        } else if (random.chance(0.4)) {
            s.openedOn = QDate(random.uniformInt(1950, 2005), 9, 1);
        }
        s.suspensionCulture = random.chance(0.06) ? random.uniform(1.8, 2.4) : random.uniform(0.6, 1.4);
        context.data.schools.push_back(s);
        context.schoolsByPhase[static_cast<std::size_t>(phase)].push_back(
            static_cast<int>(context.data.schools.size()) - 1);
    };
    for (int i = 0; i < primary; ++i) {
        add(Phase::Primary, primaryNumbers[static_cast<std::size_t>(i)], i);
    }
    for (int i = 0; i < secondary; ++i) {
        add(Phase::Secondary, secondaryNumbers[static_cast<std::size_t>(i)], i);
    }
    for (int i = 0; i < special; ++i) {
        add(Phase::Special, specialNumbers[static_cast<std::size_t>(i)], i);
    }
    for (int i = 0; i < pru; ++i) {
        add(Phase::Pru, pruNumbers[static_cast<std::size_t>(i)], i);
    }

    // Sizes: every mainstream cohort is about the same size, split between schools by their size.
    std::vector<double> weights(context.data.schools.size(), 0);
    double primaryWeight = 0;
    double secondaryWeight = 0;
    double sixthWeight = 0;
    const std::vector<double> formEntry = {0.5, 1, 1, 1, 1.5, 2, 2, 2, 3};
    for (std::size_t i = 0; i < context.data.schools.size(); ++i) {
        SchoolRow& s = context.data.schools[i];
        if (s.phase == Phase::Primary) {
            weights[i] = random.pick(formEntry) * random.uniform(0.85, 1.05);
            primaryWeight += weights[i];
        } else if (s.phase == Phase::Secondary) {
            weights[i] = random.uniform(0.6, 1.6);
            secondaryWeight += weights[i];
            sixthWeight += s.sixthForm ? weights[i] : 0;
        }
    }
    const double specialPupils = config.pupilsPerYear * kSpecialShare;
    const double pruPupils = std::max(8.0 * pru, config.pupilsPerYear * kPruShare);
    const double sixthShare = secondaryWeight > 0 ? sixthWeight / secondaryWeight : 0;
    const double cohort =
        (config.pupilsPerYear - specialPupils - pruPupils) / (7 + 5 + 2 * kSixthFormStayOn * sixthShare);
    for (std::size_t i = 0; i < context.data.schools.size(); ++i) {
        SchoolRow& s = context.data.schools[i];
        switch (s.phase) {
        case Phase::Primary:
            s.yearGroupSize = cohort * weights[i] / primaryWeight;
            break;
        case Phase::Secondary:
            s.yearGroupSize = cohort * weights[i] / secondaryWeight;
            break;
        case Phase::Special:
            s.yearGroupSize = specialPupils / special / 14;
            break;
        case Phase::Pru:
            s.yearGroupSize = pruPupils / pru / 7.5;
            break;
        }
    }

    // Two or three secondaries where suspended pupils drift into home education: the pattern to find.
    std::vector<int> secondaries = context.schoolsByPhase[static_cast<std::size_t>(Phase::Secondary)];
    random.shuffle(secondaries);
    const int offRolling = secondary >= 10 ? 3 : secondary >= 4 ? 2 : 1;
    for (int i = 0; i < offRolling && i < static_cast<int>(secondaries.size()); ++i) {
        SchoolRow& s = context.data.schools[static_cast<std::size_t>(secondaries[static_cast<std::size_t>(i)])];
        s.offRolling = true;
        s.suspensionCulture = std::max(s.suspensionCulture, 1.3);
    }
}

} // namespace casebook::demo
