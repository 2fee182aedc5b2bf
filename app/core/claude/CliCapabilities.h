#pragma once

#include "core/claude/CliInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

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
    // Each option's "(choices: \"a\", \"b\")", by long flag name.
    static QHash<QString, QStringList> parseChoices(const QString &help);
    static QStringList observerFlags();
    // The facts `--status` and `--check-auth` print (path, version,
    // hasAuthCommand, flags, choices, error); the app stores them in kv "cli".
    static QJsonObject toJson(const CliInfo &info);
};
