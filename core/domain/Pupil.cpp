#include "domain/Pupil.h"

namespace casebook {

QString Pupil::displayName() const
{
    QString name = legalSurname.toUpper() + QStringLiteral(", ") + legalForename;
    if (!preferredForename.isEmpty() && preferredForename != legalForename) {
        name += QStringLiteral(" (") + preferredForename + QLatin1Char(')');
    }
    return name;
}

} // namespace casebook
