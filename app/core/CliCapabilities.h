#pragma once

#include <QProcessEnvironment>
#include <QStringList>

// What the installed `claude` is and supports. Detected from `--version` and
// `--help` (which cost nothing), never assumed: flags and the `auth` command
// differ between versions (see the README).
struct CliInfo
{
    QString path; // empty: not found
    QStringList searched; // where we looked, for "Claude Code CLI not found"
    QString version; // "2.1.330"
    bool hasAuthCommand = false; // `claude auth status` exists (2.1+); older CLIs take it as a prompt!
    QStringList flags; // supported flags among those an observer uses
    QString error; // found but could not be run

    bool found() const { return !path.isEmpty(); }
    bool usable() const { return found() && error.isEmpty(); }
    bool supports(const QString &flag) const { return flags.contains(flag); }
};

class CliCapabilities
{
public:
    // configuredPath (Settings::claudePath) → PATH → ~/.local/bin, ~/.claude/local,
    // npm's global bin. HOME and PATH are taken from env.
    static CliInfo locate(const QString &configuredPath, const QProcessEnvironment &env);
    // Runs --version and --help (with env) unless the cache in the data dir
    // knows this binary (same path, size and mtime). Blocking, a few hundred
    // ms at most: call it off the GUI thread.
    static CliInfo detect(const QString &configuredPath, const QProcessEnvironment &env);
    // Parses `claude --help` output (exposed for tests).
    static void parseHelp(const QString &help, CliInfo *info);
    static QStringList observerFlags();
};
