#pragma once

#include <QString>

// Where Observer Tray keeps its own files. Every path can be redirected so
// that tests never touch the real home folder:
//   data:   --data-dir DIR, else $OBSERVER_TRAY_DATA_DIR, else $XDG_DATA_HOME/observer-tray
//   config: $OBSERVER_TRAY_CONFIG_DIR, else $XDG_CONFIG_HOME/observer-tray
// (the rules themselves are HookPaths', shared with the Qt-free hook)
//   runtime (single-instance lock): $OBSERVER_TRAY_RUNTIME_DIR, else XDG_RUNTIME_DIR
class AppPaths
{
public:
    // An explicit --data-dir wins over the environment; empty means "not given".
    static void setDataDirOverride(const QString &dir);

    static QString dataDir();
    static QString defaultDataDir(); // ignoring overrides
    static QString configDir();
    static QString runtimeDir();

    static QString databasePath() { return dataDir() + QStringLiteral("/observer-tray.db"); }
    // Touched by the hook after each enqueue; the app watches it (no polling).
    static QString wakeFilePath() { return dataDir() + QStringLiteral("/queue.wake"); }
    // The observers' dedicated working directory: their transcripts, if any CLI
    // writes one anyway, all land in the one project folder that encodes it.
    static QString observerCwd() { return dataDir() + QStringLiteral("/observer-cwd"); }
    static QString hiddenSessionsDir() { return dataDir() + QStringLiteral("/hidden-sessions"); }
    static QString settingsPath() { return configDir() + QStringLiteral("/observer-tray.conf"); }
    // What the hook records (CaptureSettings), beside the settings file.
    static QString captureSettingsPath(const QString &settingsPath);

    // Creates dir (mode 0700; missing parents as usual) when it is missing; an
    // existing folder is left as it is. Returns false with a message a person
    // can act on.
    static bool ensurePrivateDir(const QString &dir, QString *error);
};
