#include "hookcore/HookPaths.h"

#include <cstdlib>
#include <filesystem>

namespace {
std::string env(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

std::string xdg(const char *name, const char *fallbackUnderHome)
{
    const std::string value = env(name);
    return HookPaths::clean(value.empty() ? HookPaths::home() + fallbackUnderHome : value);
}
} // namespace

namespace HookPaths {
// As Qt's QDir::homePath(): $HOME, or "/" without one. The app finds
// observer-tray.conf through Qt, and capture.json must be found beside it.
std::string home()
{
    const std::string h = env("HOME");
    return h.empty() ? std::string("/") : h;
}

std::string clean(const std::string &path)
{
    if (path.empty())
        return path;
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec);
    if (ec)
        p = path;
    std::string out = p.lexically_normal().string();
    while (out.size() > 1 && out.back() == '/')
        out.pop_back();
    return out;
}

std::string defaultDataDir()
{
    return xdg("XDG_DATA_HOME", "/.local/share") + "/observer-tray";
}

std::string dataDir(const std::string &override)
{
    if (!override.empty())
        return clean(override);
    const std::string fromEnv = env("OBSERVER_TRAY_DATA_DIR");
    return fromEnv.empty() ? defaultDataDir() : clean(fromEnv);
}

std::string configDir()
{
    const std::string fromEnv = env("OBSERVER_TRAY_CONFIG_DIR");
    return fromEnv.empty() ? xdg("XDG_CONFIG_HOME", "/.config") + "/observer-tray" : clean(fromEnv);
}

std::string databasePath(const std::string &dataDir)
{
    return dataDir + "/observer-tray.db";
}

std::string wakeFilePath(const std::string &dataDir)
{
    return dataDir + "/queue.wake";
}

std::string captureSettingsPath(const std::string &configDir)
{
    return configDir + "/capture.json";
}
} // namespace HookPaths
