#pragma once

#include <QString>

// Which project the server speaks for: the one place that decides it, with
// the hook's own rule (platform/Project.h: a folder's git repository, else
// the folder), so a search finds what the hook filed.
namespace ProjectIdentity {
// When a tool is not told one: CLAUDE_PROJECT_DIR when Claude Code sets it,
// else the server's working folder, which Claude Code starts it in.
QString current();
// A folder the model names (any worktree or subfolder of the project).
QString of(const QString &folder);
} // namespace ProjectIdentity
