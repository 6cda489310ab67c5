#include "ProtectiveMarking.h"

namespace casebook::printing {

QString markingText(ProtectiveMarking marking)
{
    switch (marking) {
    case ProtectiveMarking::Official:
        return QStringLiteral("OFFICIAL");
    case ProtectiveMarking::OfficialSensitive:
        return QStringLiteral("OFFICIAL-SENSITIVE");
    }
    return QStringLiteral("OFFICIAL-SENSITIVE");
}

} // namespace casebook::printing
