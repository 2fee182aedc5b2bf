#pragma once

#include <QString>

// Which project the server speaks for when a tool is not told one: the one
// place that decides it, so the way the hooks name projects can change here
// alone. Today a project is the folder Claude Code runs in, as the hook
// records it (the event's cwd): CLAUDE_PROJECT_DIR when Claude Code sets it,
// else the server's working folder, which Claude Code starts it in.
namespace ProjectIdentity {
QString current();
}
