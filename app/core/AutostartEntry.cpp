#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/observer-tray.desktop");
}

bool AutostartEntry::isEnabled()
{
    return QFile::exists(path());
}

bool AutostartEntry::setEnabled(bool on, const QString &executable, QString *error)
{
    if (!on) {
        if (QFile::exists(path()) && !QFile::remove(path())) {
            *error = QStringLiteral("Cannot remove %1.").arg(path());
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path(), f.errorString());
        return false;
    }
    QString exec = executable;
    exec.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    // The panel may start after us: these keys ask desktops to wait for a tray.
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Observer Tray\n"
                           "Comment=Claude Code observer sessions in the tray\nExec=\"%1\"\nIcon=observer-tray\n"
                           "Terminal=false\nX-GNOME-Autostart-enabled=true\nX-GNOME-Autostart-Delay=5\n"
                           "X-LXQt-Need-Tray=true\nX-KDE-autostart-after=panel\n")
                .arg(exec)
                .toUtf8());
    if (!f.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path(), f.errorString());
        return false;
    }
    return true;
}
