#pragma once

#include <QString>

// Real git repositories for tests of project resolution: made by the real
// `git` (init, a commit, `git worktree add`), so the `.git` files and folders
// are exactly what users have.
namespace GitRepos {
// `git init` in `folder` (created) with one commit. False when git failed.
bool init(const QString &folder);
// `git worktree add <worktree>` from the repository at `main`, on a new branch.
bool addWorktree(const QString &main, const QString &worktree);
} // namespace GitRepos
