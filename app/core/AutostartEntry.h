#pragma once

#include <QString>

// "Start at login": the XDG autostart entry, written or removed.
class AutostartEntry
{
public:
    static QString path(); // $XDG_CONFIG_HOME/autostart/observer-tray.desktop
    static bool isEnabled();
    // executable: what to start (absolute path of observer-tray).
    static bool setEnabled(bool on, const QString &executable, QString *error);
};
