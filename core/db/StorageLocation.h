#pragma once

#include <QString>

namespace casebook {

// Platform seam for where a database file lives.

// The default database in the user's application-data folder (created on first use by Database::open).
QString defaultDatabasePath();

// True when `path` is on a network filesystem (SMB/CIFS, NFS, a UNC path), where SQLite's
// locking and WAL are unreliable.
bool isOnNetworkShare(const QString& path);

} // namespace casebook
