#pragma once

#include <string>

// Which project a working folder belongs to: the git repository holding it,
// named by its main worktree's top level, so every worktree of a repository
// and every subfolder of it share one memory. Found from the `.git` entries on
// disk, never by running git (this runs in the hook, on every tool call):
//   - a `.git` folder: its parent is the top level;
//   - a `.git` file (`gitdir: <main>/.git/worktrees/<name>`): the folder it
//     names holds `commondir` (the main repository's `.git`); its parent is
//     the main worktree. A `.git` file without `commondir` (a submodule, a
//     separate git dir) is its own top level.
// A repository at $HOME or / counts only for that very folder: a dotfiles
// repository must not swallow every folder under the home directory. No
// repository: the folder itself, absolute and clean. Answers are cached per
// folder for the life of the process.
namespace ProjectRoot {
std::string of(const std::string &cwd);
// The same without the cache (tests, and the cache's own fill).
std::string resolve(const std::string &cwd);
// True when `folder` is the top level of a repository or of one of its
// worktrees (it holds a `.git`).
bool isWorktreeTop(const std::string &folder);
} // namespace ProjectRoot
