#include "core/platform/AutostartEntry.h"

#include "core/platform/AppPaths.h"

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

QString AutostartEntry::execValue(const QStringList &argv, QString *error)
{
    QStringList quoted;
    for (QString arg : argv) {
        if (arg.contains(QLatin1Char('\n')) || arg.contains(QLatin1Char('\r'))) {
            *error = QStringLiteral("Cannot start %1 at login: a start-up entry cannot hold a line break. Move it "
                                    "to a path without one.")
                         .arg(arg);
            return {};
        }
        // Inside double quotes `"`, `` ` ``, `$` and `\` take a backslash; `%`
        // starts a field code, so it is doubled.
        for (const char c : { '\\', '"', '`', '$' })
            arg.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
        arg.replace(QLatin1Char('%'), QStringLiteral("%%"));
        quoted << QLatin1Char('"') + arg + QLatin1Char('"');
    }
    // The value is also a "string": its own escape rule doubles every backslash.
    return quoted.join(QLatin1Char(' ')).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
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
    QStringList argv { executable };
    // At login the environment that chose another data folder may be gone.
    if (AppPaths::dataDir() != AppPaths::defaultDataDir())
        argv << QStringLiteral("--data-dir") << AppPaths::dataDir();
    const QString exec = execValue(argv, error);
    if (exec.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path(), f.errorString());
        return false;
    }
    // The panel may start after us: these keys ask desktops to wait for a tray.
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Observer Tray\n"
                           "Comment=Claude Code observer sessions in the tray\nExec=%1\nIcon=observer-tray\n"
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
