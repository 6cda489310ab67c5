#include "demo/DemoConfig.h"

namespace casebook::demo {

namespace {

constexpr int kMinSchools = 4; // a primary, a secondary, a special school and a PRU
constexpr int kMaxSchools = 1200;
constexpr int kMinPupilsPerSchool = 50;
constexpr int kMaxPupils = 1500000;
constexpr int kMaxYears = 20;
constexpr int kEarliestFirstYear = 2007; // reason codes are held from 2006/07 onwards
constexpr int kLatestYear = 2099;

} // namespace

QStringList DemoConfig::presetNames()
{
    return {QStringLiteral("typical"), QStringLiteral("large"), QStringLiteral("small")};
}

std::optional<DemoConfig> DemoConfig::fromPreset(const QString& name)
{
    DemoConfig c;
    c.preset = name;
    if (name == QLatin1String("typical")) {
        c.schools = 150;
        c.pupilsPerYear = 60000;
        c.years = 5;
    } else if (name == QLatin1String("large")) {
        c.schools = 600;
        c.pupilsPerYear = 250000;
        c.years = 10;
    } else if (name == QLatin1String("small")) {
        c.schools = 12;
        c.pupilsPerYear = 3000;
        c.years = 3;
    } else {
        return std::nullopt;
    }
    return c;
}

Status DemoConfig::validate() const
{
    const auto invalid = [](const QString& message) { return makeError(Error::Code::Invalid, message); };
    if (schools < kMinSchools || schools > kMaxSchools) {
        return invalid(QStringLiteral("The number of schools must be between %1 and %2 (a primary, a secondary, a "
                                      "special school and a PRU at least), not %3.")
                           .arg(kMinSchools)
                           .arg(kMaxSchools)
                           .arg(schools));
    }
    if (pupilsPerYear < schools * kMinPupilsPerSchool || pupilsPerYear > kMaxPupils) {
        return invalid(QStringLiteral("The number of pupils on roll must be between %1 (%2 a school) and %3, not %4.")
                           .arg(schools * kMinPupilsPerSchool)
                           .arg(kMinPupilsPerSchool)
                           .arg(kMaxPupils)
                           .arg(pupilsPerYear));
    }
    if (years < 1 || years > kMaxYears) {
        return invalid(
            QStringLiteral("The number of years must be between 1 and %1, not %2.").arg(kMaxYears).arg(years));
    }
    if (!today.isValid()) {
        return invalid(QStringLiteral("The date the data runs up to (today) is missing or not a date."));
    }
    if (firstYear().startYear() < kEarliestFirstYear || finalYear().startYear() > kLatestYear) {
        return invalid(QStringLiteral("The years %1 to %2 are outside what demo data can cover (%3/%4 to %5).")
                           .arg(firstYear().label(), finalYear().label())
                           .arg(kEarliestFirstYear)
                           .arg((kEarliestFirstYear + 1) % 100, 2, 10, QLatin1Char('0'))
                           .arg(kLatestYear));
    }
    return {};
}

} // namespace casebook::demo
