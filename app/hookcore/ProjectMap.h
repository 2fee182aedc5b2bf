#pragma once

#include <map>
#include <string>

// What the user said about projects in Settings: "these two are one" (a
// merge) and the name a project is shown by (a rename). Part of the capture
// settings, so the hook files an event of a merged project under the project
// it was merged into. Names only change what is shown: the stored path stays.
struct ProjectMap
{
    std::map<std::string, std::string> merged; // project → the project it was merged into
    std::map<std::string, std::string> names; // project → the name the user gave it

    // The project `project` is filed under: itself, or where merges lead
    // (followed to the end; a loop hand-edited into the file stops where it
    // would repeat).
    std::string resolve(const std::string &project) const;
    // "from and into are one", filed under into's project. Merges already
    // leading to `from` lead there too. False when they are one already.
    bool merge(const std::string &from, const std::string &into);
    // An empty name shows the path again.
    void rename(const std::string &project, const std::string &name);
    // The user's name for the project, empty when it has none.
    std::string nameOf(const std::string &project) const;
};
