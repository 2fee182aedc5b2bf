#include "core/queue/QueueWatcher.h"

#include "core/platform/AppPaths.h"
#include "hookcore/WakeFile.h"

#include <QFile>

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
    return WakeFile::ring(QFile::encodeName(AppPaths::wakeFilePath()).toStdString());
}
