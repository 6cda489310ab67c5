#include "analytics/SchoolFigures.h"

namespace casebook {

QString rateText(const PeriodFigures& figures, std::optional<double> rate)
{
    switch (figures.rollState()) {
    case RollState::NotOpen:
        return QStringLiteral("not open");
    case RollState::NoRoll:
        return QStringLiteral("no roll");
    case RollState::Known:
        break;
    }
    return figureText(rate);
}

} // namespace casebook
