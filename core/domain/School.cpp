#include "domain/School.h"

namespace casebook {

std::vector<std::pair<QString, QString>> phaseChoices()
{
    return {
        {QStringLiteral("Nursery"), QStringLiteral("nursery")},
        {QStringLiteral("Primary"), QStringLiteral("primary")},
        {QStringLiteral("Middle"), QStringLiteral("middle")},
        {QStringLiteral("Secondary"), QStringLiteral("secondary")},
        {QStringLiteral("All-through"), QStringLiteral("all_through")},
        {QStringLiteral("Special"), QStringLiteral("special")},
        {QStringLiteral("Pupil referral unit"), QStringLiteral("pru")},
        {QStringLiteral("Alternative provision"), QStringLiteral("ap")},
    };
}

std::vector<std::pair<QString, QString>> schoolTypeChoices()
{
    return {
        {QStringLiteral("LA-maintained"), QStringLiteral("la_maintained")},
        {QStringLiteral("Academy"), QStringLiteral("academy")},
        {QStringLiteral("Free school"), QStringLiteral("free_school")},
        {QStringLiteral("Independent"), QStringLiteral("independent")},
        {QStringLiteral("Other"), QStringLiteral("other")},
    };
}

QString phaseLabel(const QString& phase)
{
    for (const auto& [label, id] : phaseChoices()) {
        if (id == phase) {
            return label;
        }
    }
    return phase;
}

std::vector<int> usualYearGroups(const QString& phase)
{
    int first = kLowestRollYearGroup;
    int last = kHighestRollYearGroup;
    if (phase == QLatin1String("nursery")) {
        last = 0;
    } else if (phase == QLatin1String("primary")) {
        last = 6;
    } else if (phase == QLatin1String("middle")) {
        first = 3;
        last = 9;
    } else if (phase == QLatin1String("secondary")) {
        first = 7;
        last = 13;
    } else if (phase == QLatin1String("all_through")) {
        last = 13;
    }
    std::vector<int> years;
    for (int y = first; y <= last; ++y) {
        years.push_back(y);
    }
    return years;
}

QString yearGroupLabel(int ncYear)
{
    if (ncYear < 0) {
        return QStringLiteral("Nursery %1").arg(ncYear + 3); // -2 is the first nursery year
    }
    if (ncYear == 0) {
        return QStringLiteral("Reception");
    }
    return QStringLiteral("Year %1").arg(ncYear);
}

} // namespace casebook
