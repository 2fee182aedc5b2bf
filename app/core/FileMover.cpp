#include "FileMover.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

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

bool FileMover::move(
    const QString &from, const QString &to, const QString &expectedSha256, bool forceCopy, QString *error)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (QFileInfo::exists(to)) {
        *error = QStringLiteral("%1 already exists; nothing was overwritten").arg(to);
        return false;
    }
    if (!forceCopy) {
        if (::rename(src.constData(), dst.constData()) == 0)
            return true; // rename keeps name, times and content
        if (errno != EXDEV) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    const QDateTime mtime = QFileInfo(from).lastModified();
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        *error = in.isOpen() ? out.errorString() : in.errorString();
        return false;
    }
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = in.read(buffer.data(), buffer.size())) > 0) {
        if (out.write(buffer.constData(), n) != n) {
            *error = out.errorString();
            out.remove();
            return false;
        }
    }
    out.flush();
    ::fsync(out.handle());
    out.setFileTime(mtime, QFileDevice::FileModificationTime);
    out.close();
    QString hashError;
    if (!expectedSha256.isEmpty() && sha256(to, &hashError) != expectedSha256) {
        QFile::remove(to);
        *error = QStringLiteral("the copy of %1 did not verify; the original was kept").arg(from);
        return false;
    }
    if (!QFile::remove(from)) {
        QFile::remove(to);
        *error = QStringLiteral("cannot remove %1 after copying it; the original was kept").arg(from);
        return false;
    }
    return true;
}
