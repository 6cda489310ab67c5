#include "demo/DemoModel.h"

namespace casebook::demo {

QString phaseId(Phase phase)
{
    switch (phase) {
    case Phase::Primary:
        return QStringLiteral("primary");
    case Phase::Secondary:
        return QStringLiteral("secondary");
    case Phase::Special:
        return QStringLiteral("special");
    case Phase::Pru:
        return QStringLiteral("pru");
    }
    return QStringLiteral("primary");
}

QString traitId(Trait trait)
{
    switch (trait) {
    case Trait::Sen:
        return QStringLiteral("sen");
    case Trait::Fsm:
        return QStringLiteral("fsm");
    case Trait::LookedAfter:
        return QStringLiteral("looked_after");
    case Trait::ChildInNeed:
        return QStringLiteral("child_in_need");
    case Trait::ChildProtection:
        return QStringLiteral("child_protection");
    case Trait::Eal:
        return QStringLiteral("eal");
    }
    return QStringLiteral("sen");
}

} // namespace casebook::demo
