#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

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

QString AppPaths::dataDir()
{
    if (!dataDirOverride().isEmpty())
        return dataDirOverride();
    // The hook has no QCoreApplication name set; keep the folder name fixed.
    const QString env = qEnvironmentVariable("OBSERVER_TRAY_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QDir(env).absolutePath());
    return QDir::cleanPath(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/observer-tray"));
}

QString AppPaths::defaultDataDir()
{
    return QDir::cleanPath(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/observer-tray"));
}

QString AppPaths::configDir()
{
    const QString env = qEnvironmentVariable("OBSERVER_TRAY_CONFIG_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QDir(env).absolutePath());
    return QDir::cleanPath(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/observer-tray"));
}

QString AppPaths::runtimeDir()
{
    return fromEnvOr("OBSERVER_TRAY_RUNTIME_DIR", QStandardPaths::RuntimeLocation);
}

bool AppPaths::ensurePrivateDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("Cannot create the folder %1. Check that its parent exists and is writable, "
                                    "or choose another one with --data-dir.")
                         .arg(dir);
        return false;
    }
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = QStringLiteral("Cannot make %1 private (mode 0700). Check that you own it.").arg(dir);
        return false;
    }
    return true;
}
