#include "QueueWatcher.h"

#include "AppPaths.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

QueueWatcher::QueueWatcher(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Some tools replace the file instead of touching it; watch it again.
        if (!m_watcher.files().contains(AppPaths::wakeFilePath()))
            watch();
        Q_EMIT wakeUp();
    });
    watch();
}

void QueueWatcher::watch()
{
    const QString path = AppPaths::wakeFilePath();
    if (!QFile::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_watcher.addPath(path);
}

bool QueueWatcher::notify()
{
    const QByteArray path = QFile::encodeName(AppPaths::wakeFilePath());
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::futimens(fd, nullptr) == 0; // now: inotify reports IN_ATTRIB
    ::close(fd);
    return ok;
}
