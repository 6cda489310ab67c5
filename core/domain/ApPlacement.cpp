#include "domain/ApPlacement.h"

namespace casebook {

const ChoiceList& apCommissioners()
{
    static const ChoiceList commissioners = {
        {QStringLiteral("School"), QStringLiteral("school")},
        {QStringLiteral("Local authority"), QStringLiteral("la")},
    };
    return commissioners;
}

} // namespace casebook
