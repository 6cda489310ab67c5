#include "domain/School.h"

namespace casebook {

QString phaseLabel(const QString& phase)
{
    if (phase == QLatin1String("nursery")) {
        return QStringLiteral("Nursery");
    }
    if (phase == QLatin1String("primary")) {
        return QStringLiteral("Primary");
    }
    if (phase == QLatin1String("middle")) {
        return QStringLiteral("Middle");
    }
    if (phase == QLatin1String("secondary")) {
        return QStringLiteral("Secondary");
    }
    if (phase == QLatin1String("all_through")) {
        return QStringLiteral("All-through");
    }
    if (phase == QLatin1String("special")) {
        return QStringLiteral("Special");
    }
    if (phase == QLatin1String("pru")) {
        return QStringLiteral("Pupil referral unit");
    }
    if (phase == QLatin1String("ap")) {
        return QStringLiteral("Alternative provision");
    }
    return phase;
}

} // namespace casebook
