#include "hookcore/CaptureSettings.h"

#include "hookcore/HookPaths.h"
#include "hookcore/ProjectRoot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
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

std::map<std::string, std::string> stringMap(const json &doc, const char *key)
{
    std::map<std::string, std::string> out;
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_object())
        return out;
    for (const auto &[name, value] : it->items())
        if (value.is_string() && !name.empty())
            out[name] = value.get<std::string>();
    return out;
}

std::string trimmed(const std::string &s)
{
    static constexpr const char *kBlanks = " \t\r\n\v\f";
    const std::size_t first = s.find_first_not_of(kBlanks);
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(kBlanks) - first + 1);
}

// The path with its symlinks resolved, or as written when it does not exist:
// a folder that does not exist holds no existing cwd, so only the written
// form can match. realpath(3), one try: this runs on every event.
std::string physical(const std::string &cleanPath)
{
    char *resolved = ::realpath(cleanPath.c_str(), nullptr);
    if (!resolved)
        return cleanPath;
    std::string out(resolved);
    std::free(resolved);
    return out;
}

bool isWithin(const std::string &path, const std::string &root)
{
    return path == root
        || (path.size() > root.size() && path.compare(0, root.size(), root) == 0
            && (root == "/" || path[root.size()] == '/'));
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
    if (const auto it = doc.find("redactSecrets"); it != doc.end() && it->is_boolean())
        s.redactSecrets = it->get<bool>();
    s.redactPatterns = stringList(doc, "redactPatterns", {});
    s.projects.merged = stringMap(doc, "mergedProjects");
    s.projects.names = stringMap(doc, "projectNames");
    return s;
}

bool CaptureSettings::save(const std::string &path, std::string *error) const
{
    const std::string text = json { { "injectContext", injectContext }, { "skippedTools", skippedTools },
        { "excludedProjects", excludedProjects }, { "redactSecrets", redactSecrets },
        { "redactPatterns", redactPatterns }, { "mergedProjects", projects.merged },
        { "projectNames",
            projects.names } }.dump(2, ' ', false, json::error_handler_t::replace)
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

std::string CaptureSettings::projectOf(const std::string &cwd) const
{
    return projects.resolve(ProjectRoot::of(cwd));
}

bool CaptureSettings::isProjectExcluded(const std::string &cwd) const
{
    if (cwd.empty() || excludedProjects.empty())
        return false;
    // Claude Code may report the folder by a symlinked path or by its target.
    const std::string asGiven = HookPaths::clean(cwd);
    const std::string resolved = physical(asGiven);
    const std::string project = ProjectRoot::of(cwd);
    for (const std::string &entry : excludedProjects) {
        const std::string root = matchedPath(entry);
        if (root.empty())
            continue;
        // A subfolder entry excludes that subfolder; an entry naming a
        // repository or any of its worktrees excludes the whole project.
        // A project merged into an excluded one is excluded with it.
        if (isWithin(asGiven, root) || isWithin(resolved, root) || isWithin(project, root)
            || isWithin(projects.resolve(project), root)
            || (ProjectRoot::isWorktreeTop(root) && ProjectRoot::of(root) == project))
            return true;
    }
    return false;
}

std::string CaptureSettings::matchedPath(const std::string &typed)
{
    std::string path = trimmed(typed);
    if (path.empty())
        return path;
    if (path == "~" || path.rfind("~/", 0) == 0)
        path = HookPaths::home() + path.substr(1);
    else if (path.front() != '/') // the hook runs in the user's project: its working folder means nothing here
        path = HookPaths::home() + "/" + path;
    return physical(HookPaths::clean(path));
}
