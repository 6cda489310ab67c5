#pragma once

#include <QDate>

namespace casebook {

// A span of days, both ends included; a null end means it has not ended.
struct DateSpan
{
    QDate from;
    QDate to;

    bool contains(QDate day) const { return from.isValid() && from <= day && (!to.isValid() || day <= to); }
};

} // namespace casebook
