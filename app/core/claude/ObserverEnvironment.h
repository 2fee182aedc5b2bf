#pragma once

#include <QProcessEnvironment>
#include <QStringList>

// The only place that builds an observer's environment. Observers sign in
// exactly as the user's own Claude Code does, so the environment is the
// user's own, inherited:
//  - CLAUDE_CONFIG_DIR is never set or changed (pointing it at an empty folder
//    was the "Invalid API key · Please run /login" bug);
//  - no credential is ever added and no credential file is ever copied;
//  - one marker, OBSERVER_TRAY_OBSERVER=1, so our own hook ignores observers;
//  - the variables Claude Code sets for its own children are removed, so an
//    app started from inside a Claude Code session still starts clean observers;
//  - CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1: no title or telemetry calls;
//  - on CLIs before 2.1, no "Warmup" calls and a short retry loop (see
//    oldCliVariables). None of these touches authentication.
// The billing guard may drop inherited API keys (see AuthMonitor); that is
// the only thing ever taken away from the user's credentials.
class ObserverEnvironment
{
public:
    static QStringList apiCredentialVariables(); // ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN
    static QStringList claudeChildVariables(); // CLAUDECODE, CLAUDE_CODE_ENTRYPOINT, ...
    static QString markerVariable() { return QStringLiteral("OBSERVER_TRAY_OBSERVER"); }

    static bool hasApiCredentials(const QProcessEnvironment &env);
    // dropApiKeys: the billing guard decided the subscription login should be used.
    // cliVersion: the detected CLI ("2.0.77"); model: the observer's (--model).
    static QProcessEnvironment build(const QProcessEnvironment &inherited, bool dropApiKeys,
        const QString &cliVersion = {}, const QString &model = {});
    // What build() adds for a CLI before 2.1 (empty for 2.1 and later, or an unknown version).
    static QList<QPair<QString, QString>> oldCliVariables(const QString &cliVersion, const QString &model);
    static constexpr int kOldCliMaxRetries = 3;
};
