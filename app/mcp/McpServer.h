#pragma once

#include "mcp/JsonRpc.h"
#include "mcp/MemoryDatabase.h"
#include "mcp/Tool.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// The MCP methods the memory server answers: initialize (with version
// negotiation), ping, tools/list and tools/call; notifications get no answer.
// Transport-free: a request in, the response (if any) out.
class McpServer
{
public:
    // Newest first: answered to an initialize that offers none of them.
    static QStringList protocolVersions();

    McpServer();
    ~McpServer();

    // The response to send, or nothing (a notification).
    std::optional<QJsonObject> handle(const JsonRpc::Request &request);
    // One line from the client → the line to write back (empty: nothing).
    QByteArray handleLine(const QByteArray &line);

private:
    QJsonObject initialize(const JsonRpc::Request &request) const;
    QJsonObject listTools(const JsonRpc::Request &request) const;
    QJsonObject callTool(const JsonRpc::Request &request);
    Tool *tool(const QString &name) const;

    MemoryDatabase m_db;
    std::vector<std::unique_ptr<Tool>> m_tools;
};
