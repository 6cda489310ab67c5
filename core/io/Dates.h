#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// Parses a date as files carry them: ISO 8601 (2024-09-03) or UK style (03/09/2024, 3/9/2024).
// A null date when the text is neither.
QDate parseFileDate(const QString& text);

} // namespace casebook
