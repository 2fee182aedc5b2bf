#include "core/capture/McpRegistration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
// A first run of the CLI can migrate its config; a hung one must not hang the install.
constexpr int kCliTimeoutMs = 60000;

QStringList commandOf(const QJsonObject &server)
{
    QStringList command { server.value(QStringLiteral("command")).toString() };
    for (const QJsonValue a : server.value(QStringLiteral("args")).toArray())
        command << a.toString();
    return command;
}
} // namespace

McpRegistration::McpRegistration(QString claudePath, QStringList command, QProcessEnvironment env)
    : m_claudePath(std::move(claudePath)), m_command(std::move(command)), m_env(std::move(env))
{
}

QString McpRegistration::userConfigPath(const QProcessEnvironment &env)
{
    const QString configDir = env.value(QStringLiteral("CLAUDE_CONFIG_DIR"));
    return configDir.isEmpty() ? env.value(QStringLiteral("HOME")) + QStringLiteral("/.claude.json")
                               : configDir + QStringLiteral("/.claude.json");
}

QString McpRegistration::statusName(Status s)
{
    switch (s) {
    case Status::Registered:
        return QStringLiteral("registered");
    case Status::NotRegistered:
        return QStringLiteral("not_registered");
    case Status::Outdated:
        return QStringLiteral("outdated");
    case Status::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

McpRegistration::Status McpRegistration::status(QString *detail) const
{
    QFile file(userConfigPath(m_env));
    if (!file.exists())
        return Status::NotRegistered;
    QJsonParseError error;
    const QJsonDocument doc
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (!doc.isObject()) {
        if (detail)
            *detail = QStringLiteral("Cannot read %1 (%2); `claude mcp list` shows the servers.")
                          .arg(file.fileName(), file.isOpen() ? error.errorString() : file.errorString());
        return Status::Unreadable;
    }
    const QJsonObject server
        = doc.object().value(QStringLiteral("mcpServers")).toObject().value(serverName()).toObject();
    if (server.isEmpty())
        return Status::NotRegistered;
    if (commandOf(server) == m_command)
        return Status::Registered;
    if (detail)
        *detail = QStringLiteral("The MCP server runs \"%1\", not \"%2\"; install the hooks again to update it.")
                      .arg(commandOf(server).join(QLatin1Char(' ')), m_command.join(QLatin1Char(' ')));
    return Status::Outdated;
}

McpRegistration::Result McpRegistration::add() const
{
    const Status now = status();
    if (now == Status::Registered)
        return { true, QStringLiteral("already_registered"), QStringLiteral("The MCP server is already registered.") };
    if (m_claudePath.isEmpty())
        return cliMissing();
    QString error;
    // `mcp add` refuses a name that exists: an outdated entry goes first.
    if (now == Status::Outdated
        && !runCli({ QStringLiteral("mcp"), QStringLiteral("remove"), QStringLiteral("--scope"), QStringLiteral("user"),
                       serverName() },
            &error))
        return { false, QStringLiteral("cli_failed"), error };
    const QStringList add = QStringList { QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("--scope"),
        QStringLiteral("user"), serverName(), QStringLiteral("--") }
        + m_command;
    if (!runCli(add, &error))
        return { false, QStringLiteral("cli_failed"), error };
    return { true, QStringLiteral("registered"),
        QStringLiteral("Registered the MCP server \"%1\" with Claude Code (claude mcp list shows it).")
            .arg(serverName()) };
}

McpRegistration::Result McpRegistration::remove() const
{
    if (status() == Status::NotRegistered)
        return { true, QStringLiteral("not_registered"), QStringLiteral("No MCP server to remove.") };
    if (m_claudePath.isEmpty())
        return cliMissing();
    QString error;
    if (!runCli({ QStringLiteral("mcp"), QStringLiteral("remove"), QStringLiteral("--scope"), QStringLiteral("user"),
                    serverName() },
            &error))
        return { false, QStringLiteral("cli_failed"), error };
    return { true, QStringLiteral("removed"), QStringLiteral("Removed the MCP server \"%1\".").arg(serverName()) };
}

McpRegistration::Result McpRegistration::cliMissing() const
{
    return { false, QStringLiteral("cli_missing"),
        QStringLiteral("Claude Code's CLI (claude) was not found, so the MCP server was not registered or removed. "
                       "Install Claude Code, or run: claude mcp add --scope user %1 -- %2")
            .arg(serverName(), m_command.join(QLatin1Char(' '))) };
}

bool McpRegistration::runCli(const QStringList &arguments, QString *error) const
{
    QProcess cli;
    cli.setProcessEnvironment(m_env);
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(m_claudePath, arguments);
    const bool finished = cli.waitForStarted(kCliTimeoutMs) && cli.waitForFinished(kCliTimeoutMs);
    if (!finished)
        cli.kill();
    if (finished && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0)
        return true;
    const QString said = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput()).trimmed();
    *error = QStringLiteral("`claude %1` failed (%2)%3")
                 .arg(arguments.mid(0, 2).join(QLatin1Char(' ')),
                     !finished ? QStringLiteral("did not finish in %1 s").arg(kCliTimeoutMs / 1000)
                               : QStringLiteral("exit %1").arg(cli.exitCode()),
                     said.isEmpty() ? QString() : QStringLiteral(": ") + said.left(500));
    cli.waitForFinished(1000);
    return false;
}
