#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

// A new user on a machine of their own, for end-to-end tests: a home folder
// with Claude Code's config dir (signed in with a credentials file) and a
// project, the real `claude` CLI on PATH pointed at the loopback stand-in, and
// one Observer Tray program (from the build tree or an install prefix) that
// the user runs as the README says. Everything lives under root.
class SandboxUser
{
public:
    // One hook run as Claude Code reports it (stream-json, --include-hook-events).
    struct HookRun
    {
        QString event; // "PostToolUse"
        QString name; // "PostToolUse:Bash"
        int exitCode = -1;
        QString outcome; // "success", "error"
        QString stderrText;
    };
    struct ClientSession
    {
        int exitCode = -1;
        QString sessionId;
        QList<HookRun> hookRuns;
        QString stderrText;
    };
    struct AppRun
    {
        int exitCode = -1;
        QString output; // stdout and stderr
    };

    SandboxUser(const QString &root, const QString &app, const QString &baseUrl);

    QString app() const { return m_app; }
    QString projectDir() const { return m_project; }
    QString configDir() const { return m_config; }
    QString dataDir() const; // the default one: a new user sets none
    QProcessEnvironment environment() const { return m_env; }
    // Puts dir first on PATH for every program run from now on (an "installed" observer-tray).
    void prependToPath(const QString &dir)
    {
        m_env.insert(QStringLiteral("PATH"), dir + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    }

    // `claude -p PROMPT --allowedTools Bash,Read` (or the tools given) in the project, run to its end.
    ClientSession runSession(const QString &prompt, const QString &allowedTools = QStringLiteral("Bash,Read")) const;
    AppRun runApp(const QStringList &arguments, int timeoutMs = 120000) const;
    // Started, not waited for (--headless); the caller owns and ends it.
    QProcess *startApp(const QStringList &arguments) const;

    // Queued rows of one user session, by kind ("post-tool-use": 2, …), and
    // the titles of the project's observations. A database that cannot be
    // read gives one entry starting with "error: " that says why, so the
    // comparison that fails shows it.
    QMap<QString, int> queuedKinds(const QString &sessionId) const;
    QStringList storedTitles() const;
    // Transcripts (*.jsonl) under <config>/projects/, and files under the data
    // folder's hidden-sessions/ (what had to be hidden), relative paths.
    QStringList transcripts() const;
    QStringList hiddenFiles() const;

private:
    QStringList query(const QString &sql, const QString &bind) const;

    QString m_app;
    QString m_home;
    QString m_config;
    QString m_project;
    QProcessEnvironment m_env;
};
