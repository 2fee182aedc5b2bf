#include "core/hide/FileMover.h"

#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using FileMover::Result;

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

QString existsText(const QString &to)
{
    return QStringLiteral("%1 already exists; nothing was overwritten").arg(to);
}

enum class Rename { Done, Exists, CrossDevice, Failed };

// link(2) fails on an existing target, so link-then-unlink never replaces one.
Rename linkThenUnlink(const char *from, const char *to, int *err)
{
    if (::link(from, to) == 0) {
        if (::unlink(from) == 0)
            return Rename::Done;
        *err = errno;
        ::unlink(to); // ours: the same inode as `from`, which stays
        return Rename::Failed;
    }
    *err = errno;
    if (*err == EEXIST)
        return Rename::Exists;
    // EXDEV, or a file system without hard links: the O_EXCL copy is as safe.
    if (*err == EXDEV || *err == EPERM || *err == EOPNOTSUPP || *err == EMLINK)
        return Rename::CrossDevice;
    return Rename::Failed;
}

Rename renameNoReplace(const char *from, const char *to, int *err)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
        return Rename::Done;
    *err = errno;
    if (*err == EEXIST)
        return Rename::Exists;
    if (*err == EXDEV)
        return Rename::CrossDevice;
    if (*err != EINVAL && *err != ENOSYS) // EINVAL: this file system has no RENAME_NOREPLACE
        return Rename::Failed;
#endif
    return linkThenUnlink(from, to, err);
}

bool writeAll(int fd, const char *data, qint64 n)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, data, size_t(n));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        data += w;
        n -= w;
    }
    return true;
}

// Copies into a target created here (O_EXCL) with the source's mode and
// modification time; a partial copy is removed.
Result copyInto(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    struct stat st
    {
    };
    if (!in.open(QIODevice::ReadOnly) || ::fstat(in.handle(), &st) != 0) {
        *error = in.errorString();
        return Result::Failed;
    }
    const QByteArray dst = QFile::encodeName(to);
    const int fd = ::open(dst.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, st.st_mode & 07777);
    if (fd < 0) {
        const int e = errno;
        *error = e == EEXIST ? existsText(to) : QStringLiteral("cannot create %1: %2").arg(to, errnoText(e));
        return e == EEXIST ? Result::TargetExists : Result::Failed;
    }
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 n = 0;
    bool ok = true;
    while (ok && (n = in.read(buffer.data(), buffer.size())) > 0)
        ok = writeAll(fd, buffer.constData(), n);
    int e = ok ? 0 : errno;
    const struct timespec times[2] = { st.st_atim, st.st_mtim };
    if (ok && (n < 0 || ::futimens(fd, times) != 0 || ::fsync(fd) != 0)) {
        ok = false;
        e = n < 0 ? EIO : errno;
    }
    ::close(fd);
    if (!ok) {
        QFile::remove(to);
        // EFBIG (a file-size limit) and ENOSPC read alike to a person: no room.
        *error = QStringLiteral("cannot copy %1 to %2: %3 (is the disk full, or a file-size limit set?); "
                                "the original was kept")
                     .arg(from, to, errnoText(e));
        return Result::Failed;
    }
    return Result::Moved;
}
} // namespace

QString FileMover::sha256(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        *error = f.errorString();
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

bool FileMover::isPrefixOf(const QString &part, const QString &whole)
{
    QFile a(part);
    QFile b(whole);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.size() > b.size())
        return false;
    while (!a.atEnd()) {
        const QByteArray chunk = a.read(1 << 16);
        if (chunk.isEmpty() || b.read(chunk.size()) != chunk)
            return false;
    }
    return true;
}

FileMover::Result FileMover::move(
    const QString &from, const QString &to, const QString &expectedSha256, bool forceCopy, QString *error)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (!forceCopy) {
        int err = 0;
        switch (renameNoReplace(src.constData(), dst.constData(), &err)) {
        case Rename::Done:
            return Result::Moved; // rename keeps name, times and content
        case Rename::Exists:
            *error = existsText(to);
            return Result::TargetExists;
        case Rename::Failed:
            *error = errnoText(err);
            return Result::Failed;
        case Rename::CrossDevice:
            break;
        }
    }
    const Result copied = copyInto(from, to, error);
    if (copied != Result::Moved)
        return copied;
    QString hashError;
    if (!expectedSha256.isEmpty() && sha256(to, &hashError) != expectedSha256) {
        QFile::remove(to);
        *error = QStringLiteral("the copy of %1 did not verify; the original was kept").arg(from);
        return Result::Failed;
    }
    if (!QFile::remove(from)) {
        QFile::remove(to);
        *error = QStringLiteral("cannot remove %1 after copying it; the original was kept").arg(from);
        return Result::Failed;
    }
    return Result::Moved;
}
