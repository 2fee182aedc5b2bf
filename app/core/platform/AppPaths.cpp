#include "core/platform/AppPaths.h"

#include "hookcore/HookPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <sys/stat.h>

namespace {
QString &dataDirOverride()
{
    static QString dir;
    return dir;
}

QString fromEnvOr(const char *name, QStandardPaths::StandardLocation fallback, const QString &suffix = {})
{
    const QString value = qEnvironmentVariable(name);
    if (!value.isEmpty())
        return QDir::cleanPath(QDir(value).absolutePath());
    QString base = QStandardPaths::writableLocation(fallback);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(base + suffix);
}
} // namespace

void AppPaths::setDataDirOverride(const QString &dir)
{
    dataDirOverride() = dir.isEmpty() ? QString() : QDir::cleanPath(QDir(dir).absolutePath());
}

// The data and config rules live in HookPaths, which the Qt-free hook shares.
QString AppPaths::dataDir()
{
    return QFile::decodeName(HookPaths::dataDir(QFile::encodeName(dataDirOverride()).toStdString()).c_str());
}

QString AppPaths::defaultDataDir()
{
    return QFile::decodeName(HookPaths::defaultDataDir().c_str());
}

QString AppPaths::configDir()
{
    return QFile::decodeName(HookPaths::configDir().c_str());
}

QString AppPaths::captureSettingsPath(const QString &settingsPath)
{
    return QFile::decodeName(
        HookPaths::captureSettingsPath(QFile::encodeName(QFileInfo(settingsPath).absolutePath()).toStdString())
            .c_str());
}

QString AppPaths::runtimeDir()
{
    return fromEnvOr("OBSERVER_TRAY_RUNTIME_DIR", QStandardPaths::RuntimeLocation);
}

bool AppPaths::ensurePrivateDir(const QString &dir, QString *error)
{
    // An existing folder keeps its mode: it may be the user's own (--data-dir
    // ~/Documents); only a folder made here is made private.
    if (QFileInfo(dir).isDir())
        return true;
    const QByteArray native = QFile::encodeName(dir);
    if (!QDir().mkpath(QFileInfo(dir).absolutePath()) || (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        || !QFileInfo(dir).isDir()) {
        if (error)
            *error = QStringLiteral("Cannot create the folder %1. Check that its parent exists and is writable, "
                                    "or choose another one with --data-dir.")
                         .arg(dir);
        return false;
    }
    return true;
}
