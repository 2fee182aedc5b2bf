#include "ObserverEnvironment.h"

QStringList ObserverEnvironment::apiCredentialVariables()
{
    return { QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("ANTHROPIC_AUTH_TOKEN") };
}

QStringList ObserverEnvironment::claudeChildVariables()
{
    // What Claude Code 2.1.330 sets for the processes it starts (captured from
    // a hook's environment): an app launched from a Claude Code terminal must
    // not hand them to observers, or they would look like a child session.
    return { QStringLiteral("CLAUDECODE"), QStringLiteral("CLAUDE_CODE_ENTRYPOINT"),
        QStringLiteral("CLAUDE_CODE_SSE_PORT"), QStringLiteral("CLAUDE_CODE_SESSION_ID"),
        QStringLiteral("CLAUDE_CODE_CHILD_SESSION"), QStringLiteral("CLAUDE_CODE_CHILD_NOTES_DIR"),
        QStringLiteral("CLAUDE_CODE_MESSAGING_SOCKET"), QStringLiteral("CLAUDE_CODE_MESSAGING_TOKEN"),
        QStringLiteral("CLAUDE_CODE_SESSION_ATTENDED"), QStringLiteral("CLAUDE_ENV_FILE"), QStringLiteral("CLAUDE_PID"),
        QStringLiteral("CLAUDE_PROJECT_DIR"), QStringLiteral("AI_AGENT") };
}

bool ObserverEnvironment::hasApiCredentials(const QProcessEnvironment &env)
{
    for (const QString &name : apiCredentialVariables()) {
        if (!env.value(name).isEmpty())
            return true;
    }
    return false;
}

QProcessEnvironment ObserverEnvironment::build(const QProcessEnvironment &inherited, bool dropApiKeys)
{
    QProcessEnvironment env = inherited;
    for (const QString &name : claudeChildVariables())
        env.remove(name);
    if (dropApiKeys) {
        for (const QString &name : apiCredentialVariables())
            env.remove(name);
    }
    env.insert(markerVariable(), QStringLiteral("1"));
    env.insert(QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"), QStringLiteral("1"));
    return env;
}
