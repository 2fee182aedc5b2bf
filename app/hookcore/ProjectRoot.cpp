#include "hookcore/ProjectRoot.h"

#include "hookcore/HookPaths.h"

#include <climits>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <optional>
#include <unordered_map>

#include <sys/stat.h>

namespace {
enum class GitEntry { None, Folder, File };

GitEntry gitEntryIn(const std::string &folder)
{
    struct stat st
    {
    };
    if (::stat((folder == "/" ? std::string("/.git") : folder + "/.git").c_str(), &st) != 0)
        return GitEntry::None;
    if (S_ISDIR(st.st_mode))
        return GitEntry::Folder;
    return S_ISREG(st.st_mode) ? GitEntry::File : GitEntry::None;
}

std::string parentOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == 0 || slash == std::string::npos ? std::string("/") : path.substr(0, slash);
}

std::string firstLine(const std::string &file)
{
    std::ifstream in(file, std::ios::binary);
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.pop_back();
    return line;
}

// A relative path in a git file is taken from the folder holding that file.
std::string pathFrom(const std::string &base, const std::string &written)
{
    return HookPaths::clean(!written.empty() && written.front() == '/' ? written : base + "/" + written);
}

// A `.git` file's repository: the main worktree when the git dir it names
// has a commondir, else nothing (the folder is its own top level).
std::optional<std::string> mainWorktreeOf(const std::string &top)
{
    static const std::string kPrefix = "gitdir:";
    const std::string line = firstLine(top + "/.git");
    if (line.compare(0, kPrefix.size(), kPrefix) != 0)
        return std::nullopt;
    const std::size_t start = line.find_first_not_of(" \t", kPrefix.size());
    if (start == std::string::npos)
        return std::nullopt;
    const std::string gitDir = pathFrom(top, line.substr(start));
    const std::string common = firstLine(gitDir + "/commondir");
    if (common.empty())
        return std::nullopt;
    const std::string commonDir = pathFrom(gitDir, common);
    // <main>/.git → <main>; a bare repository's worktrees share the bare folder.
    const std::size_t slash = commonDir.find_last_of('/');
    return commonDir.compare(slash + 1, std::string::npos, ".git") == 0 ? parentOf(commonDir) : commonDir;
}

std::optional<std::string> topLevelAbove(const std::string &folder)
{
    const std::string home = HookPaths::clean(HookPaths::home());
    for (std::string at = folder;; at = parentOf(at)) {
        const GitEntry entry = gitEntryIn(at);
        const bool tooWide = (at == home || at == "/") && at != folder;
        if (entry == GitEntry::Folder && !tooWide)
            return at;
        if (entry == GitEntry::File && !tooWide)
            return mainWorktreeOf(at).value_or(at);
        if (at == "/")
            return std::nullopt;
    }
}

std::string physical(const std::string &path)
{
    char *resolved = ::realpath(path.c_str(), nullptr);
    if (!resolved)
        return path;
    std::string out(resolved);
    std::free(resolved);
    return out;
}
} // namespace

namespace ProjectRoot {
bool isWorktreeTop(const std::string &folder)
{
    return !folder.empty() && gitEntryIn(folder) != GitEntry::None;
}

std::string resolve(const std::string &cwd)
{
    if (cwd.empty())
        return cwd;
    const std::string folder = HookPaths::clean(cwd);
    if (folder.size() >= PATH_MAX) // no such folder can exist; walking up it would cost O(n²)
        return folder;
    if (const auto top = topLevelAbove(folder))
        return *top;
    // Claude Code may report a symlinked path whose target is inside a repository.
    const std::string target = physical(folder);
    if (target != folder)
        if (const auto top = topLevelAbove(target))
            return *top;
    return folder;
}

std::string of(const std::string &cwd)
{
    static std::mutex mutex;
    static std::unordered_map<std::string, std::string> cache;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (const auto it = cache.find(cwd); it != cache.end())
            return it->second;
    }
    std::string project = resolve(cwd);
    const std::lock_guard<std::mutex> lock(mutex);
    if (cache.size() > 4096) // a long-running app meets many folders; stay small
        cache.clear();
    cache.emplace(cwd, project);
    return project;
}
} // namespace ProjectRoot
