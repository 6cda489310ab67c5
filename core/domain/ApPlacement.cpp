#include "domain/ApPlacement.h"

namespace casebook {

const ChoiceList& apCommissioners()
{
    static const ChoiceList commissioners = {
        {QStringLiteral("The school"), QStringLiteral("school")},
        {QStringLiteral("The local authority"), QStringLiteral("la")},
    };
    return commissioners;
}

} // namespace casebook
