#pragma once

#include <QProcessEnvironment>
#include <QString>

// Where Claude Code keeps things, computed the way the CLI does.
class ClaudePaths
{
public:
    // $CLAUDE_CONFIG_DIR if set, else ~/.claude (HOME taken from env).
    static QString configDir(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QString projectsDir(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QString settingsJsonPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QString credentialsPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // The project folder name for a cwd: every character that is not an ASCII
    // letter or digit becomes '-'; names over 200 characters are cut to 200
    // and get "-<base36 hash>" appended, as the CLI does.
    static QString encodeProjectFolder(const QString &cwd);
};
