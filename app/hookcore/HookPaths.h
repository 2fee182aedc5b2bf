#pragma once

#include <string>

// Where Observer Tray keeps its files, by the XDG rules; the one owner of
// these rules (AppPaths, on the Qt side, asks here):
//   data:   override (--data-dir), else $OBSERVER_TRAY_DATA_DIR,
//           else ${XDG_DATA_HOME:-~/.local/share}/observer-tray
//   config: $OBSERVER_TRAY_CONFIG_DIR, else ${XDG_CONFIG_HOME:-~/.config}/observer-tray
// Paths come back absolute and clean (no "." or "..", no trailing slash).
namespace HookPaths {
std::string dataDir(const std::string &override = {});
std::string defaultDataDir();
std::string configDir();
std::string databasePath(const std::string &dataDir);
std::string wakeFilePath(const std::string &dataDir);
std::string captureSettingsPath(const std::string &configDir);
std::string home(); // $HOME, or "/" without one (as Qt's QDir::homePath())
// Absolute (against the working directory) and lexically clean.
std::string clean(const std::string &path);
} // namespace HookPaths
