#include "MessagesApiStandIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {
QByteArray sse(const char *event, const QJsonObject &data)
{
    return QByteArray("event: ") + event + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QString defaultAnswer(const MessagesApiStandIn::Request &)
{
    return QStringLiteral("<observation><type>discovery</type><title>Stand-in observation</title>"
                          "<narrative>Recorded by the loopback stand-in.</narrative></observation>");
}
} // namespace

MessagesApiStandIn::MessagesApiStandIn(QObject *parent) : QObject(parent), m_answer(defaultAnswer)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            handleConnection(socket);
    });
}

bool MessagesApiStandIn::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void MessagesApiStandIn::handleConnection(QTcpSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        while (true) {
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.path = QString::fromLatin1(requestLine.value(1));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(QString::fromLatin1(lines[i].left(colon).trimmed().toLower()),
                        QString::fromLatin1(lines[i].mid(colon + 1).trimmed()));
            }
            const qsizetype length = request.headers.value(QStringLiteral("content-length")).toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            respond(socket, request);
        }
    });
}

void MessagesApiStandIn::respond(QTcpSocket *socket, const Request &incoming)
{
    Request request = incoming;
    if (!request.path.startsWith(QLatin1String("/v1/messages"))
        || request.path.contains(QLatin1String("count_tokens"))) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    request.messageCount = int(messages.size());
    for (const QJsonValue &m : messages) {
        const QJsonObject msg = m.toObject();
        if (msg.value(QStringLiteral("role")).toString() != QLatin1String("user"))
            continue;
        const QJsonValue content = msg.value(QStringLiteral("content"));
        if (content.isString()) {
            request.lastUserText = content.toString();
        } else {
            request.lastUserText.clear();
            for (const QJsonValue &block : content.toArray())
                request.lastUserText += block.toObject().value(QStringLiteral("text")).toString();
        }
    }
    m_requests << request;
    if (m_holdAnswers) {
        Q_EMIT requestHandled(calls());
        return;
    }
    if (m_rejectAuth) {
        const QByteArray error
            = R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})";
        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(error.size()) + "\r\n\r\n" + error);
        Q_EMIT requestHandled(calls());
        return;
    }
    const QString text = m_answer(request);
    const QString model = body.value(QStringLiteral("model")).toString();
    QByteArray out;
    out += sse("message_start",
        { { QStringLiteral("type"), QStringLiteral("message_start") },
            { QStringLiteral("message"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("msg_standin_%1").arg(calls()) },
                    { QStringLiteral("type"), QStringLiteral("message") },
                    { QStringLiteral("role"), QStringLiteral("assistant") }, { QStringLiteral("model"), model },
                    { QStringLiteral("content"), QJsonArray() }, { QStringLiteral("stop_reason"), QJsonValue() },
                    { QStringLiteral("stop_sequence"), QJsonValue() },
                    { QStringLiteral("usage"),
                        QJsonObject {
                            { QStringLiteral("input_tokens"), 10 }, { QStringLiteral("output_tokens"), 1 } } } } } });
    out += sse("content_block_start",
        { { QStringLiteral("type"), QStringLiteral("content_block_start") }, { QStringLiteral("index"), 0 },
            { QStringLiteral("content_block"),
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), QString() } } } });
    out += sse("content_block_delta",
        { { QStringLiteral("type"), QStringLiteral("content_block_delta") }, { QStringLiteral("index"), 0 },
            { QStringLiteral("delta"),
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("text_delta") }, { QStringLiteral("text"), text } } } });
    out += sse("content_block_stop",
        { { QStringLiteral("type"), QStringLiteral("content_block_stop") }, { QStringLiteral("index"), 0 } });
    out += sse("message_delta",
        { { QStringLiteral("type"), QStringLiteral("message_delta") },
            { QStringLiteral("delta"),
                QJsonObject { { QStringLiteral("stop_reason"), QStringLiteral("end_turn") },
                    { QStringLiteral("stop_sequence"), QJsonValue() } } },
            { QStringLiteral("usage"), QJsonObject { { QStringLiteral("output_tokens"), 20 } } } });
    out += sse("message_stop", { { QStringLiteral("type"), QStringLiteral("message_stop") } });
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nContent-Length: "
        + QByteArray::number(out.size()) + "\r\n\r\n" + out);
    Q_EMIT requestHandled(calls());
}
