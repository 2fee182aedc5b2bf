#include "core/platform/DataFolderLock.h"

#include "core/platform/AppPaths.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <unistd.h>

DataFolderLock::DataFolderLock(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
}

DataFolderLock::~DataFolderLock()
{
    release();
}

QString DataFolderLock::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/pipeline.lock");
}

bool DataFolderLock::openFile(QString *error)
{
    if (m_fd >= 0)
        return true;
    // O_CLOEXEC: an observer (or any child) must not inherit the lock and keep
    // it alive after this process is gone.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0) {
        *error = tr("Cannot open the lock file %1: %2. Check that the data folder exists and is yours.")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool DataFolderLock::tryAcquire(QString *error)
{
    if (m_held)
        return true;
    if (!openFile(error))
        return false;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK || errno == EINTR)
            return false;
        *error = tr("Cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_held = true;
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    // Best effort: the pid only names the holder in messages.
    if (::ftruncate(m_fd, 0) == 0) {
        [[maybe_unused]] const auto n = ::pwrite(m_fd, pid.constData(), size_t(pid.size()), 0);
    }
    return true;
}

qint64 DataFolderLock::holderPid() const
{
    if (m_held)
        return ::getpid();
    if (m_fd < 0)
        return 0;
    // pread on the open descriptor, not a fresh open: closing a second
    // descriptor would wake our own inotify watch.
    char buffer[32] = {};
    const ssize_t n = ::pread(m_fd, buffer, sizeof buffer - 1, 0);
    const qint64 pid = n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
    // A new holder that has not written its pid yet leaves the last one's.
    if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return 0;
    return pid;
}

void DataFolderLock::release()
{
    stopWaiting();
    // Unlock first: close() wakes a waiter before the kernel drops the flock
    // of the file it closes, so the waiter could find it still held.
    if (m_held)
        ::flock(m_fd, LOCK_UN);
    if (m_fd >= 0)
        ::close(m_fd); // wakes whoever waits
    m_fd = -1;
    m_held = false;
}

void DataFolderLock::acquireWhenFree()
{
    if (m_notifier || m_poll)
        return;
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify >= 0 && ::inotify_add_watch(m_inotify, QFile::encodeName(m_path).constData(), IN_CLOSE_WRITE) >= 0) {
        m_notifier = new QSocketNotifier(m_inotify, QSocketNotifier::Read, this);
        m_recheck = new QTimer(this);
        m_recheck->setSingleShot(true);
        connect(m_recheck, &QTimer::timeout, this, &DataFolderLock::retryAfterClose);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char events[4096];
            while (::read(m_inotify, events, sizeof events) > 0) { }
            m_recheckMs = kFirstRecheckMs;
            retryAfterClose();
        });
    } else {
        if (m_inotify >= 0)
            ::close(m_inotify);
        m_inotify = -1;
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] { retry(); });
        m_poll->start(2000);
    }
    retry(); // the holder may have gone before the watch was set
}

bool DataFolderLock::retry()
{
    QString error;
    if (!tryAcquire(&error))
        return false;
    stopWaiting();
    Q_EMIT acquired();
    return true;
}

// The kernel wakes us when a holder's file is closed but drops that file's
// flock only after (and a holder that dies has it closed for it): a holder on
// its way out can still hold the lock at the wake-up. Look again shortly, a
// few times, so that wake-up is not lost; nothing else would come to wake us.
void DataFolderLock::retryAfterClose()
{
    if (retry() || m_recheckMs > kLastRecheckMs)
        return;
    m_recheck->start(m_recheckMs);
    m_recheckMs *= 10;
}

void DataFolderLock::stopWaiting()
{
    // Later, not now: this may run inside their own signal.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
    }
    m_notifier = nullptr;
    for (QTimer *timer : { m_poll, m_recheck }) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
    }
    m_poll = nullptr;
    m_recheck = nullptr;
    if (m_inotify >= 0)
        ::close(m_inotify);
    m_inotify = -1;
}
