#include "mcp/JsonRpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
// JSON-RPC allows a string or a number; MCP adds "not null". A number must be
// an integer for us to echo it back unchanged.
bool isValidId(const QJsonValue &id)
{
    if (id.isString())
        return true;
    if (!id.isDouble())
        return false;
    const double d = id.toDouble();
    return d == double(qint64(d));
}

// The id to put on an error about this message: its own when readable.
QJsonValue idFor(const QJsonObject &message)
{
    const QJsonValue id = message.value(QStringLiteral("id"));
    return isValidId(id) ? id : QJsonValue(QJsonValue::Null);
}
} // namespace

JsonRpc::Parsed JsonRpc::parse(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(QJsonValue::Null, kParseError,
            QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (doc.isArray()) // MCP 2025-06-18 dropped JSON-RPC batches
        return error(
            QJsonValue::Null, kInvalidRequest, QStringLiteral("batches are not supported; send one message a line"));
    const QJsonObject message = doc.object();
    if (message.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0"))
        return error(idFor(message), kInvalidRequest, QStringLiteral("\"jsonrpc\" must be \"2.0\""));
    const QJsonValue method = message.value(QStringLiteral("method"));
    if (method.isUndefined()) {
        if (message.contains(QStringLiteral("result")) || message.contains(QStringLiteral("error")))
            return Ignored {}; // a response: we send no requests, so nothing waits for it
        return error(idFor(message), kInvalidRequest, QStringLiteral("a request needs a \"method\""));
    }
    if (!method.isString() || method.toString().isEmpty())
        return error(idFor(message), kInvalidRequest, QStringLiteral("\"method\" must be a non-empty string"));
    Request request;
    request.method = method.toString();
    if (message.contains(QStringLiteral("id"))) {
        request.id = message.value(QStringLiteral("id"));
        if (!isValidId(request.id))
            return error(QJsonValue::Null, kInvalidRequest, QStringLiteral("\"id\" must be a string or an integer"));
    }
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject())
        return error(idFor(message), kInvalidParams, QStringLiteral("\"params\" must be an object"));
    request.params = params.toObject();
    return request;
}

QJsonObject JsonRpc::result(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("result"), result } };
}

QJsonObject JsonRpc::error(const QJsonValue &id, int code, const QString &message)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } };
}

QByteArray JsonRpc::frame(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}
