#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// A date as UK readers write it: "14/03/2024". A null date gives an empty string.
QString ukDate(QDate date);

} // namespace casebook
