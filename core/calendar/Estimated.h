#pragma once

#include <QDate>

namespace casebook {

// A computed value that may rest on guessed term dates.
//
// Every school-day computation reports `estimated = true` when any day it had to classify lies in a
// period whose term dates are not loaded (the calendar then treats Monday to Friday, minus known bank
// holidays and closures, as school days). The UI shows such values as "estimated"; loading the term
// dates makes them exact. Rules pass the flag on: a deadline computed from an estimated date is
// estimated too.
template <typename T>
struct Estimated
{
    T value{};
    bool estimated = false;
};

using EstimatedDate = Estimated<QDate>;

} // namespace casebook
