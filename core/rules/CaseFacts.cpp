#include "rules/CaseFacts.h"

namespace casebook {

QString boardOutcomeId(BoardOutcome outcome)
{
    switch (outcome) {
    case BoardOutcome::None:
        return {};
    case BoardOutcome::Upheld:
        return QStringLiteral("upheld");
    case BoardOutcome::Reinstated:
        return QStringLiteral("reinstated");
    }
    return {};
}

std::optional<BoardOutcome> boardOutcomeFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (BoardOutcome outcome : {BoardOutcome::None, BoardOutcome::Upheld, BoardOutcome::Reinstated}) {
        if (boardOutcomeId(outcome) == wanted) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString irpOutcomeId(IrpOutcome outcome)
{
    switch (outcome) {
    case IrpOutcome::None:
        return {};
    case IrpOutcome::Upheld:
        return QStringLiteral("upheld");
    case IrpOutcome::RecommendReconsider:
        return QStringLiteral("recommend_reconsideration");
    case IrpOutcome::QuashDirectReconsider:
        return QStringLiteral("quash_direct_reconsideration");
    }
    return {};
}

std::optional<IrpOutcome> irpOutcomeFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (IrpOutcome outcome :
         {IrpOutcome::None, IrpOutcome::Upheld, IrpOutcome::RecommendReconsider, IrpOutcome::QuashDirectReconsider}) {
        if (irpOutcomeId(outcome) == wanted) {
            return outcome;
        }
    }
    return std::nullopt;
}

} // namespace casebook
