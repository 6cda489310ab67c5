#pragma once

#include <QDate>
#include <QString>

#include <ostream>

// Lets GoogleTest print Qt values readably in failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QDate& d, std::ostream* os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}
