#pragma once

#include <QString>
#include <QStringList>

// "Start at login": the XDG autostart entry, written or removed.
class AutostartEntry
{
public:
    static QString path(); // $XDG_CONFIG_HOME/autostart/observer-tray.desktop
    static bool isEnabled();
    // executable: what to start (absolute path of observer-tray). The entry
    // carries --data-dir when this app uses a data folder other than the default.
    static bool setEnabled(bool on, const QString &executable, QString *error);
    // The Exec value for argv, quoted per the Desktop Entry spec; empty with
    // *error when an argument cannot be written there (a newline).
    static QString execValue(const QStringList &argv, QString *error);
};
