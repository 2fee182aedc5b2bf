#pragma once

#include "hookcore/ProjectMap.h"

#include <string>
#include <vector>

// What the hook records: the capture preferences, stored as JSON in
// capture.json beside the app's other settings, so the hook can read them
// without Qt. The one owner of these keys, their defaults and the exclusion
// rule; Settings (the app's facade) reads and writes them through here.
//   { "injectContext": true, "skippedTools": ["TodoWrite", …], "excludedProjects": ["/home/u/secret"],
//     "redactSecrets": true, "redactPatterns": ["corp-[0-9a-f]{32}"],
//     "mergedProjects": { "/home/u/shop-old": "/home/u/shop" }, "projectNames": { "/home/u/shop": "Shop" } }
// A missing file or key means the default; an unreadable file also means the
// defaults, and load() says why in *error.
struct CaptureSettings
{
    bool injectContext = true;
    std::vector<std::string> skippedTools = defaultSkippedTools();
    std::vector<std::string> excludedProjects; // as the user typed them; see matchedPath()
    bool redactSecrets = true; // credentials become [redacted:<kind>] (Redactor)
    std::vector<std::string> redactPatterns; // the user's extra regular expressions
    ProjectMap projects; // merges and display names (Settings → Projects)

    static std::vector<std::string> defaultSkippedTools();
    static CaptureSettings load(const std::string &path, std::string *error = nullptr);
    // Atomic: a temporary file, fsync, rename. False with *error on failure.
    bool save(const std::string &path, std::string *error = nullptr) const;

    bool isToolSkipped(const std::string &tool) const;
    // What an event from `cwd` is filed under: its repository's project
    // (ProjectRoot::of), or the project that one was merged into.
    std::string projectOf(const std::string &cwd) const;
    // The cwd is inside (or is) an excluded folder, compared whole path
    // components at a time: /home/u/secret excludes /home/u/secret/sub, not
    // /home/u/secret2. Symlinks on either side are resolved. An entry that is
    // a repository or one of its worktrees excludes every worktree and
    // subfolder of that repository (ProjectRoot), and every project merged
    // into it (ProjectMap).
    bool isProjectExcluded(const std::string &cwd) const;
    // An excluded-project entry as it is matched: blanks around it trimmed,
    // a leading ~ expanded to $HOME, a relative path taken under $HOME,
    // cleaned and, when it exists, its symlinks resolved. Empty for a blank
    // entry.
    static std::string matchedPath(const std::string &typed);
};
