#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The memory server's entry in Claude Code's user MCP servers, made and
// removed only through the user's own CLI (`claude mcp add|remove --scope
// user`): the CLI owns ~/.claude.json and rewrites it constantly, so we never
// write it. We only read it, to report and to skip a call that would change
// nothing. Independent of the hooks: a missing or failing CLI is reported
// here and never fails the hooks' install.
class McpRegistration
{
public:
    enum class Status { Registered, NotRegistered, Outdated, Unreadable };
    struct Result
    {
        bool ok = false;
        // add: registered, already_registered; remove: removed, not_registered;
        // either: cli_missing, cli_failed.
        QString status;
        QString message;
    };

    // claudePath: the user's CLI (empty: not found). command: what the CLI
    // should start (this program and --mcp, --data-dir DIR).
    McpRegistration(QString claudePath, QStringList command, QProcessEnvironment env);

    Result add() const;
    Result remove() const;
    Status status(QString *detail = nullptr) const;
    static QString statusName(Status s); // registered, not_registered, outdated, unreadable

    static QString serverName() { return QStringLiteral("observer-tray"); }
    // Where the CLI keeps user-scope servers: $CLAUDE_CONFIG_DIR/.claude.json, else ~/.claude.json.
    static QString userConfigPath(const QProcessEnvironment &env);
    QStringList command() const { return m_command; }

private:
    // Runs `claude ARGS`; false with *error (its own words) when it fails.
    bool runCli(const QStringList &arguments, QString *error) const;
    Result cliMissing() const;

    QString m_claudePath;
    QStringList m_command;
    QProcessEnvironment m_env;
};
