#include "gui/SingleInstance.h"

#include "core/platform/AppPaths.h"

#include <QLocalSocket>

#include <unistd.h>

SingleInstance::SingleInstance(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            Q_EMIT raiseRequested();
        }
    });
}

QString SingleInstance::serverName()
{
    return AppPaths::runtimeDir() + QStringLiteral("/observer-tray-%1.socket").arg(::getuid());
}

bool SingleInstance::claim()
{
    m_problem.clear();
    if (!lock()) {
        askTheOtherToRaise();
        return false;
    }
    listen();
    return true;
}

// False only when another instance holds the lock. A lock that cannot be
// made (runtime folder missing, not a folder, not ours) is no reason not to
// run: a second app on the same data folder still stands by (DataFolderLock).
bool SingleInstance::lock()
{
    const QString runtime = AppPaths::runtimeDir();
    AppPaths::ensurePrivateDir(runtime, nullptr); // when it fails, so does the lock: said below
    m_lock = std::make_unique<QLockFile>(runtime + QStringLiteral("/observer-tray.lock"));
    m_lock->setStaleLockTime(0); // a crashed instance's lock is stale once its pid is gone
    if (m_lock->tryLock(100))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError)
        return false;
    m_problem = tr("Cannot tell whether Observer Tray runs already: cannot make a lock file in %1. "
                   "Check that this folder (XDG_RUNTIME_DIR) exists, is a folder and is yours.")
                    .arg(runtime);
    return true;
}

// Without the socket this app runs as usual; only a second launch cannot
// bring its window up, so say that and why.
void SingleInstance::listen()
{
    QLocalServer::removeServer(serverName()); // a crashed instance's socket
    if (m_server.listen(serverName()) || !m_problem.isEmpty()) // the lock's problem says it first
        return;
    m_problem = tr("Launching Observer Tray again will not open this window: cannot listen on %1 (%2). "
                   "Remove what is at that path, then restart Observer Tray.")
                    .arg(serverName(), m_server.errorString());
}

void SingleInstance::askTheOtherToRaise()
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (socket.waitForConnected(2000)) {
        socket.write("raise\n");
        if (socket.waitForBytesWritten(1000))
            return;
    }
    m_problem = tr("Observer Tray runs already but did not answer on %1 (%2). Open its window from its tray "
                   "icon, or quit it and start again.")
                    .arg(serverName(), socket.errorString());
}
