#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What the installed `claude` is and supports. Detected from `--version` and
// `--help` (which cost nothing), never assumed: flags and the `auth` command
// differ between versions (README: "Older Claude Code versions").
struct CliInfo
{
    QString path; // empty: not found
    QStringList searched; // where we looked, for "Claude Code CLI not found"
    QString version; // "2.1.330"
    bool hasAuthCommand = false; // `claude auth status` exists (2.1+); older CLIs take it as a prompt!
    QStringList flags; // supported flags among those an observer uses
    // Values an enum flag accepts, as `--help` lists them ("(choices: …)"):
    // 1.0.128 takes no `dontAsk` for --permission-mode and exits at once on it.
    QHash<QString, QStringList> choices;
    QString error; // found but could not be run

    bool found() const { return !path.isEmpty(); }
    bool usable() const { return found() && error.isEmpty(); }
    bool supports(const QString &flag) const { return flags.contains(flag); }
    // The flag exists and takes value (when --help lists no choices: assumed).
    bool accepts(const QString &flag, const QString &value) const
    {
        return supports(flag) && (!choices.contains(flag) || choices.value(flag).contains(value));
    }
};
