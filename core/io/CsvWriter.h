#pragma once

#include <QString>
#include <QStringList>

namespace casebook {

// One CSV field (RFC 4180): quoted when it holds a comma, a double quote, a line break or spaces at either
// end, with inner double quotes doubled; otherwise as it is.
QString csvField(const QString& value);

// Fields joined by commas, ending in CRLF (RFC 4180).
QString csvLine(const QStringList& fields);

} // namespace casebook
