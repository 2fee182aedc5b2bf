#include "mcp/McpServer.h"

#include "mcp/GetObservationsTool.h"
#include "mcp/RememberTool.h"
#include "mcp/SearchTool.h"
#include "mcp/TimelineTool.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QJsonObject toolResult(const ToolResult &r)
{
    const QJsonObject text { { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), r.text } };
    return { { QStringLiteral("content"), QJsonArray { text } }, { QStringLiteral("isError"), r.isError } };
}
} // namespace

QStringList McpServer::protocolVersions()
{
    return { QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
        QStringLiteral("2024-11-05") };
}

McpServer::McpServer()
{
    m_tools.push_back(std::make_unique<SearchTool>(m_db));
    m_tools.push_back(std::make_unique<TimelineTool>(m_db));
    m_tools.push_back(std::make_unique<GetObservationsTool>(m_db));
    m_tools.push_back(std::make_unique<RememberTool>(m_db));
}

McpServer::~McpServer() = default;

QByteArray McpServer::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return {};
    const JsonRpc::Parsed parsed = JsonRpc::parse(line);
    if (const auto *error = std::get_if<QJsonObject>(&parsed))
        return JsonRpc::frame(*error);
    if (std::holds_alternative<JsonRpc::Ignored>(parsed))
        return {};
    const std::optional<QJsonObject> response = handle(std::get<JsonRpc::Request>(parsed));
    return response ? JsonRpc::frame(*response) : QByteArray();
}

std::optional<QJsonObject> McpServer::handle(const JsonRpc::Request &request)
{
    if (request.isNotification())
        return std::nullopt; // notifications/initialized, notifications/cancelled, …: nothing to answer
    const QString &method = request.method;
    if (method == QLatin1String("initialize"))
        return initialize(request);
    if (method == QLatin1String("ping"))
        return JsonRpc::result(request.id, {});
    if (method == QLatin1String("tools/list"))
        return listTools(request);
    if (method == QLatin1String("tools/call"))
        return callTool(request);
    return JsonRpc::error(request.id, JsonRpc::kMethodNotFound,
        QStringLiteral("unknown method \"%1\"; this server offers initialize, ping, tools/list and tools/call")
            .arg(method));
}

// The client's version when we speak it, else our newest: the client decides
// whether it can go on with that.
QJsonObject McpServer::initialize(const JsonRpc::Request &request) const
{
    const QString offered = request.params.value(QStringLiteral("protocolVersion")).toString();
    const QString version = protocolVersions().contains(offered) ? offered : protocolVersions().first();
    const QJsonObject capabilities { { QStringLiteral("tools"),
        QJsonObject { { QStringLiteral("listChanged"), false } } } };
    const QJsonObject serverInfo { { QStringLiteral("name"), QStringLiteral("observer-tray") },
        { QStringLiteral("version"), QCoreApplication::applicationVersion() } };
    return JsonRpc::result(request.id,
        { { QStringLiteral("protocolVersion"), version }, { QStringLiteral("capabilities"), capabilities },
            { QStringLiteral("serverInfo"), serverInfo },
            { QStringLiteral("instructions"),
                QStringLiteral("Observer Tray's memory of past Claude Code sessions. Search it (search → timeline → "
                               "get_observations) before redoing work a past session may have done; save what must "
                               "not be forgotten with remember.") } });
}

QJsonObject McpServer::listTools(const JsonRpc::Request &request) const
{
    QJsonArray tools;
    for (const auto &t : m_tools) {
        tools.append(QJsonObject { { QStringLiteral("name"), t->name() },
            { QStringLiteral("description"), t->description() }, { QStringLiteral("inputSchema"), t->inputSchema() } });
    }
    return JsonRpc::result(request.id, { { QStringLiteral("tools"), tools } });
}

QJsonObject McpServer::callTool(const JsonRpc::Request &request)
{
    const QJsonValue name = request.params.value(QStringLiteral("name"));
    const QJsonValue arguments = request.params.value(QStringLiteral("arguments"));
    if (!name.isString())
        return JsonRpc::error(request.id, JsonRpc::kInvalidParams, QStringLiteral("tools/call needs a tool \"name\""));
    Tool *t = tool(name.toString());
    if (!t)
        return JsonRpc::error(request.id, JsonRpc::kInvalidParams,
            QStringLiteral("unknown tool \"%1\"; tools/list names the tools").arg(name.toString()));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject())
        return JsonRpc::error(request.id, JsonRpc::kInvalidParams, QStringLiteral("\"arguments\" must be an object"));
    return JsonRpc::result(request.id, toolResult(t->call(arguments.toObject())));
}

Tool *McpServer::tool(const QString &name) const
{
    for (const auto &t : m_tools) {
        if (t->name() == name)
            return t.get();
    }
    return nullptr;
}
