#pragma once

#include "core/capture/HookInstaller.h"
#include "core/capture/McpRegistration.h"

// The hooks this observer-tray installs, for every front end that installs
// or checks them (--install-hooks, --hooks-status, the tray menu, the start-up
// hint): the same settings.json, the same hook program (HookLocator), the
// same --data-dir. So the tray installs exactly what the command line does.
namespace AppHooks {
// {"--data-dir", DIR} when the app runs with a data folder other than the default.
QStringList dataDirArgs();
// For the hook HookLocator found (or, when none was, the installed-layout path it looked at first).
HookInstaller installer();
// Refuses, changing nothing, when no hook program can be found.
HookInstaller::Result install();
// The command a person runs to install the hooks: this program's absolute path, --install-hooks, --data-dir.
QString installCommand();
// The memory server's registration with the user's CLI (the configured one,
// else the one found on PATH): this program with --mcp and the same --data-dir.
McpRegistration mcpRegistration();
// Whether Observer Tray's Claude Code plugin (packaging/claude-plugin) is
// enabled in settings.json: its hooks and server would run beside ours.
bool pluginEnabled();
// One line for stderr at start-up when the hooks would not record (else empty).
QString nextStep();
// The same line for a status already read (settings.json is read once per check).
QString nextStep(HookInstaller::Status status, const QString &detail);
} // namespace AppHooks
