#pragma once

#include <QThreadPool>

namespace casebook {

// The pool for Casebook's own long computations (deadlines, LA-wide figures), each on its own read-only
// connection. Not Qt's global pool: painting uses that one (image conversion and scaling wait for its threads),
// so a computation of seconds there would hold up the next paint until it finished.
inline QThreadPool& backgroundPool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace casebook
