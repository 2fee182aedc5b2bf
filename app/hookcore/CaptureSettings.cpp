#include "CaptureSettings.h"

#include "HookPaths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

using nlohmann::json;

namespace {
std::vector<std::string> stringList(const json &doc, const char *key, std::vector<std::string> fallback)
{
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_array())
        return fallback;
    std::vector<std::string> out;
    for (const json &v : *it)
        if (v.is_string())
            out.push_back(v.get<std::string>());
    return out;
}
} // namespace

std::vector<std::string> CaptureSettings::defaultSkippedTools()
{
    return { "TodoWrite", "AskUserQuestion", "ListMcpResourcesTool", "SlashCommand", "Skill" };
}

CaptureSettings CaptureSettings::load(const std::string &path, std::string *error)
{
    CaptureSettings s;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return s; // no file yet: the defaults
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json doc = json::parse(buffer.str(), nullptr, false);
    if (!doc.is_object()) {
        if (error)
            *error = path + " is not a JSON object; using the default capture settings. Fix or delete the file.";
        return s;
    }
    if (const auto it = doc.find("injectContext"); it != doc.end() && it->is_boolean())
        s.injectContext = it->get<bool>();
    s.skippedTools = stringList(doc, "skippedTools", s.skippedTools);
    s.excludedProjects = stringList(doc, "excludedProjects", {});
    return s;
}

bool CaptureSettings::save(const std::string &path, std::string *error) const
{
    const std::string text = json { { "injectContext", injectContext }, { "skippedTools", skippedTools },
        { "excludedProjects",
            excludedProjects } }.dump(2, ' ', false, json::error_handler_t::replace)
        + "\n";
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    const std::string temporary = path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    bool ok = fd >= 0;
    if (ok) {
        ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
        ok = ::close(fd) == 0 && ok;
        ok = ok && ::rename(temporary.c_str(), path.c_str()) == 0;
    }
    if (!ok) {
        if (error)
            *error = "Cannot write " + path + ": " + std::strerror(errno)
                + ". Check the folder's permissions and free space.";
        ::unlink(temporary.c_str());
    }
    return ok;
}

bool CaptureSettings::isToolSkipped(const std::string &tool) const
{
    return std::find(skippedTools.begin(), skippedTools.end(), tool) != skippedTools.end();
}

bool CaptureSettings::isProjectExcluded(const std::string &cwd) const
{
    if (cwd.empty())
        return false;
    const std::string clean = HookPaths::clean(cwd);
    for (const std::string &e : excludedProjects) {
        const std::string root = HookPaths::clean(e);
        if (root.empty())
            continue;
        if (clean == root
            || (clean.size() > root.size() && clean.compare(0, root.size(), root) == 0
                && (root == "/" || clean[root.size()] == '/')))
            return true;
    }
    return false;
}
