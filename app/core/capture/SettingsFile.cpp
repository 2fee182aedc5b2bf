#include "core/capture/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

SettingsFile::SettingsFile(QString path) : m_path(std::move(path))
{
}

SettingsFile::~SettingsFile()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
}

bool SettingsFile::lock(QString *error)
{
    // The folder, not a lock file beside settings.json: nothing extra is left in the user's config.
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    m_lockFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = -1;
    if (m_lockFd >= 0) {
        do
            rc = ::flock(m_lockFd, LOCK_EX);
        while (rc != 0 && errno == EINTR);
    }
    if (rc != 0) {
        *error = QStringLiteral("Cannot lock %1 (%2). Nothing was changed.")
                     .arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool SettingsFile::load(OrderedJson *root, QString *error)
{
    QFile f(m_path);
    m_existed = f.exists();
    *root = OrderedJson::object();
    if (!m_existed)
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1 (%2). Nothing was changed; fix its permissions and try again.")
                     .arg(m_path, f.errorString());
        return false;
    }
    m_original = f.readAll();
    if (m_original.trimmed().isEmpty())
        return true;
    QString why;
    std::optional<OrderedJson> parsed = OrderedJson::parse(m_original, &why);
    if (!parsed || !parsed->isObject()) {
        *error = QStringLiteral("%1 is not valid JSON (%2). Nothing was changed; fix the file (Claude Code "
                                "cannot read it either) and try again.")
                     .arg(m_path, parsed ? QStringLiteral("it is not an object") : why);
        return false;
    }
    *root = std::move(*parsed);
    return true;
}

bool SettingsFile::writeBackup(QString *error)
{
    if (!m_existed || QFileInfo::exists(backupPath()))
        return true; // the first backup is the user's original; keep it
    QSaveFile out(backupPath());
    // The same mode as the original: settings.json can hold secrets (an "env" block).
    if (out.open(QIODevice::WriteOnly) && out.setPermissions(QFileInfo(m_path).permissions())
        && out.write(m_original) == m_original.size() && out.commit()) {
        m_backupWritten = true;
        return true;
    }
    *error
        = QStringLiteral("Cannot write the backup %1 (%2). Nothing was changed.").arg(backupPath(), out.errorString());
    return false;
}

bool SettingsFile::save(const OrderedJson &root, QString *error)
{
    if (!writeBackup(error))
        return false;
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        const QByteArray bytes = root.toJson();
        if (out.write(bytes) == bytes.size() && out.commit())
            return true;
    }
    *error = QStringLiteral("Cannot write %1 (%2). Nothing was changed.").arg(m_path, out.errorString());
    return false;
}
