#include "db/StorageLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace casebook {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("casebook.sqlite"));
}

bool isOnNetworkShare(const QString& path)
{
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"))) {
        return true; // UNC path
    }
    const QFileInfo info(path);
    const QStorageInfo storage(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    if (!storage.isValid()) {
        return false;
    }
    const QByteArray type = storage.fileSystemType().toLower();
    static const QByteArray kNetworkTypes[] = {"cifs", "smb", "smb2", "smb3",       "smbfs", "nfs",
                                               "nfs4", "afs", "9p",   "fuse.sshfs", "davfs", "ncpfs"};
    for (const QByteArray& t : kNetworkTypes) {
        if (type == t) {
            return true;
        }
    }
    return false;
}

} // namespace casebook
