#pragma once

#include <string>
#include <vector>

// What the hook records: the capture preferences, stored as JSON in
// capture.json beside the app's other settings, so the hook can read them
// without Qt. The one owner of these keys, their defaults and the exclusion
// rule; Settings (the app's facade) reads and writes them through here.
//   { "injectContext": true, "skippedTools": ["TodoWrite", …], "excludedProjects": ["/home/u/secret"] }
// A missing file or key means the default; an unreadable file also means the
// defaults, and load() says why in *error.
struct CaptureSettings
{
    bool injectContext = true;
    std::vector<std::string> skippedTools = defaultSkippedTools();
    std::vector<std::string> excludedProjects; // absolute paths; a project inside one is excluded too

    static std::vector<std::string> defaultSkippedTools();
    static CaptureSettings load(const std::string &path, std::string *error = nullptr);
    // Atomic: a temporary file, fsync, rename. False with *error on failure.
    bool save(const std::string &path, std::string *error = nullptr) const;

    bool isToolSkipped(const std::string &tool) const;
    bool isProjectExcluded(const std::string &cwd) const;
};
