#pragma once
// Talking to McpServer in-process, one JSON-RPC line at a time, as a client would.
#include "mcp/McpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

inline QJsonObject answerTo(McpServer &server, const QByteArray &line)
{
    const QByteArray out = server.handleLine(line);
    return out.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(out).object();
}

inline QJsonObject request(int id, const QString &method, const QJsonObject &params = {})
{
    QJsonObject r { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("method"), method } };
    if (!params.isEmpty())
        r.insert(QStringLiteral("params"), params);
    return r;
}

inline QJsonObject answerTo(McpServer &server, const QJsonObject &message)
{
    return answerTo(server, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

// A tools/call result: its text and isError.
struct CallResult
{
    QString text;
    bool isError = false;
    QJsonObject raw;
};

inline CallResult callTool(McpServer &server, const QString &name, const QJsonObject &arguments)
{
    const QJsonObject answer = answerTo(server,
        request(7, QStringLiteral("tools/call"),
            { { QStringLiteral("name"), name }, { QStringLiteral("arguments"), arguments } }));
    const QJsonObject result = answer.value(QStringLiteral("result")).toObject();
    return {
        result.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
        result.value(QStringLiteral("isError")).toBool(), answer
    };
}
