#include "MessagesApiStandIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>

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

// A message content is a string or an array of blocks; the text of either.
QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &block : content.toArray())
        text += block.toObject().value(QStringLiteral("text")).toString();
    return text;
}

QStringList toolResultsIn(const QJsonValue &content)
{
    QStringList texts;
    for (const QJsonValue &block : content.toArray()) {
        if (block.toObject().value(QStringLiteral("type")).toString() == QLatin1String("tool_result"))
            texts << textOf(block.toObject().value(QStringLiteral("content")));
    }
    return texts;
}

// What the stand-in needs to know of a request's JSON body.
void readBody(MessagesApiStandIn::Request *request)
{
    const QJsonObject body = QJsonDocument::fromJson(request->body).object();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    request->messageCount = int(messages.size());
    request->offersTools = !body.value(QStringLiteral("tools")).toArray().isEmpty();
    request->sessionId = request->headers.value(QStringLiteral("x-claude-code-session-id"));
    for (const QJsonValue &m : messages) {
        const QJsonObject msg = m.toObject();
        const QString role = msg.value(QStringLiteral("role")).toString();
        const QJsonValue content = msg.value(QStringLiteral("content"));
        if (role == QLatin1String("user")) {
            request->lastUserText = textOf(content);
            request->toolResultTexts += toolResultsIn(content);
            request->toolResults = int(request->toolResultTexts.size());
        } else if (role == QLatin1String("system")) {
            request->systemMessageText += textOf(content);
        }
    }
}

// One content block streamed the way the API does: start, one delta, stop.
QByteArray streamedBlock(const QJsonObject &start, const QJsonObject &delta)
{
    return sse("content_block_start",
               { { QStringLiteral("type"), QStringLiteral("content_block_start") }, { QStringLiteral("index"), 0 },
                   { QStringLiteral("content_block"), start } })
        + sse("content_block_delta",
            { { QStringLiteral("type"), QStringLiteral("content_block_delta") }, { QStringLiteral("index"), 0 },
                { QStringLiteral("delta"), delta } })
        + sse("content_block_stop",
            { { QStringLiteral("type"), QStringLiteral("content_block_stop") }, { QStringLiteral("index"), 0 } });
}

QByteArray textBlock(const QString &text)
{
    return streamedBlock({ { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), QString() } },
        { { QStringLiteral("type"), QStringLiteral("text_delta") }, { QStringLiteral("text"), text } });
}

// A tool call: the block starts with an empty input, which arrives as
// input_json_delta pieces.
QByteArray toolUseBlock(const MessagesApiStandIn::ToolCall &call, int step)
{
    return streamedBlock({ { QStringLiteral("type"), QStringLiteral("tool_use") },
                             { QStringLiteral("id"), QStringLiteral("toolu_standin_%1").arg(step) },
                             { QStringLiteral("name"), call.name }, { QStringLiteral("input"), QJsonObject() } },
        { { QStringLiteral("type"), QStringLiteral("input_json_delta") },
            { QStringLiteral("partial_json"),
                QString::fromUtf8(QJsonDocument(call.input).toJson(QJsonDocument::Compact)) } });
}

QByteArray sseMessage(const QString &id, const QString &model, const QByteArray &block, const QString &stopReason)
{
    QByteArray out = sse("message_start",
        { { QStringLiteral("type"), QStringLiteral("message_start") },
            { QStringLiteral("message"),
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("type"), QStringLiteral("message") },
                    { QStringLiteral("role"), QStringLiteral("assistant") }, { QStringLiteral("model"), model },
                    { QStringLiteral("content"), QJsonArray() }, { QStringLiteral("stop_reason"), QJsonValue() },
                    { QStringLiteral("stop_sequence"), QJsonValue() },
                    { QStringLiteral("usage"),
                        QJsonObject {
                            { QStringLiteral("input_tokens"), 10 }, { QStringLiteral("output_tokens"), 1 } } } } } });
    out += block;
    out += sse("message_delta",
        { { QStringLiteral("type"), QStringLiteral("message_delta") },
            { QStringLiteral("delta"),
                QJsonObject { { QStringLiteral("stop_reason"), stopReason },
                    { QStringLiteral("stop_sequence"), QJsonValue() } } },
            { QStringLiteral("usage"), QJsonObject { { QStringLiteral("output_tokens"), 20 } } } });
    out += sse("message_stop", { { QStringLiteral("type"), QStringLiteral("message_stop") } });
    return out;
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

void MessagesApiStandIn::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held) {
        if (h.socket && h.socket->state() == QAbstractSocket::ConnectedState)
            answer(h.socket, h.request);
    }
}

int MessagesApiStandIn::timesSent(const QString &text) const
{
    return int(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [&text](const Request &r) { return r.lastUserText.contains(text); }));
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
    readBody(&request);
    m_requests << request;
    if (m_rejectAuth) {
        const QByteArray error
            = R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})";
        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(error.size()) + "\r\n\r\n" + error);
        Q_EMIT requestHandled(calls());
        return;
    }
    if (m_rateLimit && m_rateLimit->status == QLatin1String("rejected")) {
        const QByteArray error = R"({"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}})";
        socket->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n" + rateLimitHeaders()
            + "Content-Length: " + QByteArray::number(error.size()) + "\r\n\r\n" + error);
        Q_EMIT requestHandled(calls());
        return;
    }
    if (m_holdObservers && !request.offersTools) {
        m_held << Held { socket, request };
        Q_EMIT observerRequestHeld(heldCount());
        return;
    }
    answer(socket, request);
}

void MessagesApiStandIn::answer(QTcpSocket *socket, const Request &request)
{
    const QString model = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("model")).toString();
    const QString id = QStringLiteral("msg_standin_%1").arg(calls());
    const bool scripted = request.offersTools && !m_toolScript.isEmpty();
    QByteArray out;
    const std::optional<ToolCall> planned
        = request.offersTools && m_toolPlanner ? m_toolPlanner(request) : std::optional<ToolCall>();
    if (planned)
        out = sseMessage(id, model, toolUseBlock(*planned, request.toolResults), QStringLiteral("tool_use"));
    else if (request.offersTools && m_toolPlanner)
        out = sseMessage(
            id, model, textBlock(QStringLiteral("Done: the memory answered.")), QStringLiteral("end_turn"));
    else if (scripted && request.toolResults < m_toolScript.size())
        out = sseMessage(id, model, toolUseBlock(m_toolScript.at(request.toolResults), request.toolResults),
            QStringLiteral("tool_use"));
    else if (scripted)
        out = sseMessage(id, model, textBlock(QStringLiteral("Done: every tool ran.")), QStringLiteral("end_turn"));
    else
        out = sseMessage(id, model, textBlock(m_answer(request)), QStringLiteral("end_turn"));
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        + rateLimitHeaders() + "Content-Length: " + QByteArray::number(out.size()) + "\r\n\r\n" + out);
    Q_EMIT requestHandled(calls());
}

QByteArray MessagesApiStandIn::rateLimitHeaders() const
{
    if (!m_rateLimit)
        return {};
    const RateLimit &r = *m_rateLimit;
    // Per window: allowed_warning past 75 %, as the API does; the overall
    // status and reset are the window that binds (the representative claim).
    auto windowStatus = [&r](double used) {
        return r.status == QLatin1String("rejected") && used >= 1.0 ? QByteArray("rejected")
            : used >= 0.75                                          ? QByteArray("allowed_warning")
                                                                    : QByteArray("allowed");
    };
    const bool weekBinds = r.sevenDay > r.fiveHour;
    QByteArray h;
    auto add = [&h](const char *name, const QByteArray &value) {
        h += "anthropic-ratelimit-unified-" + QByteArray(name) + ": " + value + "\r\n";
    };
    add("status", r.status.toLatin1());
    add("5h-utilization", QByteArray::number(r.fiveHour));
    add("5h-reset", QByteArray::number(r.fiveHourReset));
    add("5h-status", windowStatus(r.fiveHour));
    if (r.fiveHour >= 0.75)
        add("5h-surpassed-threshold", "0.75");
    add("7d-utilization", QByteArray::number(r.sevenDay));
    add("7d-reset", QByteArray::number(r.sevenDayReset));
    add("7d-status", windowStatus(r.sevenDay));
    if (r.sevenDay >= 0.75)
        add("7d-surpassed-threshold", "0.75");
    add("representative-claim", weekBinds ? "seven_day" : "five_hour");
    add("reset", QByteArray::number(weekBinds ? r.sevenDayReset : r.fiveHourReset));
    return h;
}
