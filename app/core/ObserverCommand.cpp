#include "ObserverCommand.h"

ObserverCommand ObserverCommand::build(const CliInfo &cli, const QString &model, const QString &systemPrompt,
    const QString &sessionId, const QString &workingDirectory)
{
    ObserverCommand c;
    c.workingDirectory = workingDirectory;
    QStringList &a = c.arguments;
    a << QStringLiteral("-p") << QStringLiteral("--input-format") << QStringLiteral("stream-json")
      << QStringLiteral("--output-format") << QStringLiteral("stream-json") << QStringLiteral("--verbose");
    auto add = [&cli, &a](const QString &flag, const QStringList &values = {}) {
        if (cli.supports(flag))
            a << flag << values;
    };
    // No transcript, no tools, no user or project settings (so no hooks: the
    // observer cannot observe itself), no MCP servers, no permission prompts.
    add(QStringLiteral("--no-session-persistence"));
    add(QStringLiteral("--tools"), { QString() });
    add(QStringLiteral("--setting-sources"), { QString() });
    add(QStringLiteral("--strict-mcp-config"));
    add(QStringLiteral("--permission-mode"), { QStringLiteral("dontAsk") });
    add(QStringLiteral("--model"), { model });
    add(QStringLiteral("--system-prompt"), { systemPrompt });
    add(QStringLiteral("--session-id"), { sessionId });
    return c;
}
