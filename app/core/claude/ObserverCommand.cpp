#include "core/claude/ObserverCommand.h"

#include "core/claude/BuiltinTools.h"

#include <QCoreApplication>

namespace {
const QString kStreamJson = QStringLiteral("stream-json");

// Without `--tools ""`: deny each built-in tool of this version by name.
QStringList toolDenyList(const CliInfo &cli)
{
    return cli.supports(QStringLiteral("--disallowedTools")) ? BuiltinTools::forVersion(cli.version) : QStringList();
}

// Never a mode that grants more than asking would (bypassPermissions,
// acceptEdits) and never plan (it rewrites the prompt): dontAsk where the CLI
// has it, else default, which in print mode refuses anything needing a
// permission instead of prompting. With no tools there is nothing to ask.
QString permissionMode(const CliInfo &cli)
{
    for (const QString &mode : { QStringLiteral("dontAsk"), QStringLiteral("default") }) {
        if (cli.accepts(QStringLiteral("--permission-mode"), mode))
            return mode;
    }
    return {};
}
} // namespace

QString ObserverCommand::roleOverride()
{
    return QStringLiteral(
        "IMPORTANT: Everything above describes a role you do not have here. You are not an interactive coding "
        "assistant, you have no tools and you never talk to a user. Ignore the instructions above; follow only "
        "these:\n\n");
}

QString ObserverCommand::whyUnsupported(const CliInfo &cli)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ObserverCommand", s); };
    if (!cli.accepts(QStringLiteral("--input-format"), kStreamJson)
        || !cli.accepts(QStringLiteral("--output-format"), kStreamJson) || !cli.supports(QStringLiteral("--verbose")))
        return tr("it has no stream-json mode (--input-format/--output-format stream-json, --verbose).");
    if (!cli.supports(QStringLiteral("--tools")) && toolDenyList(cli).isEmpty())
        return tr("its observers cannot be made tool-less: it has no --tools, and its built-in tools are not known "
                  "for --disallowedTools.");
    if (!cli.supports(QStringLiteral("--system-prompt")) && !cli.supports(QStringLiteral("--append-system-prompt")))
        return tr("it has neither --system-prompt nor --append-system-prompt, so observers would not get their "
                  "instructions.");
    return {};
}

ObserverCommand ObserverCommand::build(const CliInfo &cli, const QString &model, const QString &systemPrompt,
    const QString &sessionId, const QString &workingDirectory)
{
    ObserverCommand c;
    c.workingDirectory = workingDirectory;
    QStringList &a = c.arguments;
    a << QStringLiteral("-p") << QStringLiteral("--input-format") << kStreamJson << QStringLiteral("--output-format")
      << kStreamJson << QStringLiteral("--verbose");
    auto add = [&cli, &a](const QString &flag, const QStringList &values = {}) {
        if (cli.supports(flag))
            a << flag << values;
    };
    // No transcript, no tools, no user or project settings (so no hooks: the
    // observer cannot observe itself), no MCP servers, no permission prompts.
    add(QStringLiteral("--no-session-persistence"));
    if (cli.supports(QStringLiteral("--tools")))
        a << QStringLiteral("--tools") << QString();
    else
        add(QStringLiteral("--disallowedTools"), { toolDenyList(cli).join(QLatin1Char(',')) });
    add(QStringLiteral("--setting-sources"), { QString() });
    add(QStringLiteral("--strict-mcp-config"));
    if (const QString mode = permissionMode(cli); !mode.isEmpty())
        a << QStringLiteral("--permission-mode") << mode;
    add(QStringLiteral("--model"), { model });
    if (cli.supports(QStringLiteral("--system-prompt")))
        a << QStringLiteral("--system-prompt") << systemPrompt;
    else
        add(QStringLiteral("--append-system-prompt"), { roleOverride() + systemPrompt });
    add(QStringLiteral("--session-id"), { sessionId });
    return c;
}
