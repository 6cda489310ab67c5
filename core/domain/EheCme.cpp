#include "domain/EheCme.h"

namespace casebook {

const ChoiceList& eheCmeKinds()
{
    static const ChoiceList kinds = {
        {QStringLiteral("Elective home education"), QStringLiteral("ehe")},
        {QStringLiteral("Child missing education"), QStringLiteral("cme")},
    };
    return kinds;
}

} // namespace casebook
