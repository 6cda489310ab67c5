#include "calendar/UkDate.h"

namespace casebook {

QString ukDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace casebook
