#include "io/Dates.h"

namespace casebook {

QDate parseFileDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid()) {
        return d;
    }
    d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (d.isValid()) {
        return d;
    }
    return QDate::fromString(t, QStringLiteral("d/M/yyyy"));
}

} // namespace casebook
