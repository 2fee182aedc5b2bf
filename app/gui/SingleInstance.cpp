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
    QString error;
    AppPaths::ensurePrivateDir(AppPaths::runtimeDir(), &error);
    m_lock = std::make_unique<QLockFile>(AppPaths::runtimeDir() + QStringLiteral("/observer-tray.lock"));
    m_lock->setStaleLockTime(0); // a crashed instance's lock is stale once its pid is gone
    if (!m_lock->tryLock(100)) {
        QLocalSocket socket;
        socket.connectToServer(serverName());
        if (socket.waitForConnected(2000)) {
            socket.write("raise\n");
            socket.waitForBytesWritten(1000);
        }
        return false;
    }
    QLocalServer::removeServer(serverName());
    m_server.listen(serverName());
    return true;
}
