#include "hookcore/ProjectMap.h"

#include <set>

std::string ProjectMap::resolve(const std::string &project) const
{
    std::string at = project;
    std::set<std::string> seen { at };
    for (auto it = merged.find(at); it != merged.end(); it = merged.find(at)) {
        if (!seen.insert(it->second).second)
            break;
        at = it->second;
    }
    return at;
}

bool ProjectMap::merge(const std::string &from, const std::string &into)
{
    const std::string target = resolve(into);
    if (from.empty() || target.empty() || resolve(from) == target)
        return false;
    const std::string oldTarget = resolve(from);
    merged.erase(target); // the target stands for itself from now on
    merged[from] = target;
    // Everything that was filed under `from` (or where it led) moves along.
    for (auto &[project, into] : merged)
        if (into == from || into == oldTarget)
            into = target;
    if (oldTarget != from)
        merged[oldTarget] = target;
    return true;
}

void ProjectMap::rename(const std::string &project, const std::string &name)
{
    if (name.empty())
        names.erase(project);
    else
        names[project] = name;
}

std::string ProjectMap::nameOf(const std::string &project) const
{
    const auto it = names.find(project);
    return it == names.end() ? std::string() : it->second;
}
