#include "core/claude/ObserverEnvironment.h"

#include <QVersionNumber>

namespace {
bool beforeTwoOne(const QString &cliVersion)
{
    const QVersionNumber v = QVersionNumber::fromString(cliVersion);
    return !v.isNull() && v < QVersionNumber(2, 1);
}

// Claude Code 2.0.x sends a "Warmup" request for each built-in subagent
// (Explore, Plan, Bash: 13-41 KB each, two of them to Opus) at every start,
// skipped only for a model whose prompt caching is off. Observers never run a
// subagent (no tools), so every subagent is pointed at one model of a family
// the observer does not use, and caching is turned off for that family alone:
// the observer's own model keeps its cache.
QList<QPair<QString, QString>> noWarmupVariables(const QString &model)
{
    const bool observerIsOpus = model.contains(QLatin1String("opus"), Qt::CaseInsensitive);
    const QString family = observerIsOpus ? QStringLiteral("SONNET") : QStringLiteral("OPUS");
    const QString sink
        = observerIsOpus ? QStringLiteral("claude-sonnet-4-5-20250929") : QStringLiteral("claude-opus-4-5-20251101");
    return { { QStringLiteral("ANTHROPIC_DEFAULT_%1_MODEL").arg(family), sink },
        { QStringLiteral("CLAUDE_CODE_SUBAGENT_MODEL"), sink },
        { QStringLiteral("DISABLE_PROMPT_CACHING_%1").arg(family), QStringLiteral("1") } };
}
} // namespace

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

QList<QPair<QString, QString>> ObserverEnvironment::oldCliVariables(const QString &cliVersion, const QString &model)
{
    if (!beforeTwoOne(cliVersion))
        return {}; // 2.1 sends no warm-ups and reports each retry (api_retry) as it happens
    QList<QPair<QString, QString>> vars = noWarmupVariables(model);
    // Before 2.1 the CLI retries silently, a rejected login (401) included:
    // 10 retries took ~3 min, 3 take ~4 s, so the user learns of a refused
    // login within seconds. Overloads and outages then fail the turn sooner;
    // the queue retries it on its own back-off, nothing is lost.
    vars.append({ QStringLiteral("CLAUDE_CODE_MAX_RETRIES"), QString::number(kOldCliMaxRetries) });
    return vars;
}

QProcessEnvironment ObserverEnvironment::build(
    const QProcessEnvironment &inherited, bool dropApiKeys, const QString &cliVersion, const QString &model)
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
    for (const auto &[name, value] : oldCliVariables(cliVersion, model))
        env.insert(name, value);
    return env;
}
