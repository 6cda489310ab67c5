#pragma once

#include "db/Database.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace casebook {

// The pool for Casebook's own long computations (deadlines, LA-wide figures), each on its own read-only
// connection. Not Qt's global pool: painting uses that one (image conversion and scaling wait for its threads),
// so a computation of seconds there would hold up the next paint until it finished. Like the global pool, it is
// drained before the application object goes (a post routine), so no computation outlives Qt.
inline QThreadPool& backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool; // never deleted: drained at exit, then left to the process
        qAddPostRoutine([] { backgroundPool().waitForDone(); });
        return created;
    }();
    return *pool;
}

// A worker's own read-only connection to the database file (opened and closed on the worker's thread; no
// migration, no creation).
inline Result<std::unique_ptr<Database>> openForWorker(const QString& path)
{
    Database::Options options;
    options.migrate = false;
    options.readOnly = true;
    options.create = false;
    return Database::open(path, options);
}

} // namespace casebook
