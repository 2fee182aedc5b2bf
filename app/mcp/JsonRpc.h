#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <variant>

// JSON-RPC 2.0 as MCP's stdio transport carries it: one message per line.
// Parsing never throws and never trusts the input: whatever the line holds,
// the result is a request to dispatch, a message to ignore (a response or
// something we never asked for), or the error response to send back.
namespace JsonRpc {
// The codes JSON-RPC 2.0 reserves.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;

struct Request
{
    QJsonValue id { QJsonValue::Undefined }; // a string or an integer; Undefined for a notification
    QString method;
    QJsonObject params;
    bool isNotification() const { return id.isUndefined(); }
};

struct Ignored
{
};

// One line (without its newline) → what to do with it.
using Parsed = std::variant<Request, Ignored, QJsonObject /* error response */>;
Parsed parse(const QByteArray &line);

QJsonObject result(const QJsonValue &id, const QJsonObject &result);
// id is null when the request's own id could not be read.
QJsonObject error(const QJsonValue &id, int code, const QString &message);
// The line that goes on stdout: compact JSON (never a raw newline inside) and '\n'.
QByteArray frame(const QJsonObject &message);
} // namespace JsonRpc
