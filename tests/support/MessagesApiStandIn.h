#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>

#include <functional>
#include <optional>

// A stand-in for the Anthropic Messages API on 127.0.0.1, so the real
// `claude` CLI can run whole sessions offline. It answers POST /v1/messages
// with the standard SSE events, records what reached it (which credential, how
// many messages, how many bytes) and counts calls.
//
// Observers (requests that offer no tools) get an <observation> block. A
// user's session (the request offers tools) gets the same text, unless a tool
// script is set: then it is asked to run each scripted tool in turn and, once
// every tool result is in, gets a plain text answer.
class MessagesApiStandIn : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString path;
        QHash<QString, QString> headers; // lower-case names
        QByteArray body;
        int messageCount = 0; // messages in the request's conversation
        QString lastUserText;
        QString systemMessageText; // role:"system" messages (where Claude Code puts hook context)
        QString sessionId; // X-Claude-Code-Session-Id
        bool offersTools = false; // a user's session; observers run with no tools
        int toolResults = 0; // tool_result blocks in the conversation so far
        QStringList toolResultTexts; // the text of each, in order (what the tools answered)
    };
    // The `anthropic-ratelimit-unified-*` headers a subscription login gets
    // (the CLI turns them into its stream's rate_limit_event). Utilization is
    // 0..1, resets are epoch seconds. rejected answers HTTP 429 with them.
    struct RateLimit
    {
        double fiveHour = 0;
        qint64 fiveHourReset = 0;
        double sevenDay = 0;
        qint64 sevenDayReset = 0;
        QString status = QStringLiteral("allowed"); // allowed, allowed_warning, rejected
    };
    struct ToolCall
    {
        QString name; // e.g. "Bash"
        QJsonObject input; // e.g. {"command": "echo hi"}
    };

    explicit MessagesApiStandIn(QObject *parent = nullptr);
    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    // The answer text for each call; default: a fixed <observation> block.
    void setAnswer(std::function<QString(const Request &)> answer) { m_answer = std::move(answer); }
    // Reply 401 (invalid credentials) instead of answering.
    void setRejectAuth(bool reject) { m_rejectAuth = reject; }
    // Send these headers with every answer (none: an API-key user's answers).
    void setRateLimit(std::optional<RateLimit> limit) { m_rateLimit = std::move(limit); }
    // Tools a user's session is asked to run, in order (one per call).
    void setToolScript(QList<ToolCall> script) { m_toolScript = std::move(script); }
    // Or decided call by call from what the tools answered so far (a tool
    // call that reads an id out of the last result); nullopt ends the turn.
    using ToolPlanner = std::function<std::optional<ToolCall>(const Request &)>;
    void setToolPlanner(ToolPlanner planner) { m_toolPlanner = std::move(planner); }
    // While on, observer requests get no answer until releaseHeld().
    void setHoldObserverAnswers(bool hold) { m_holdObservers = hold; }
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld(); // answers what is held (to whoever is still connected)
    // How many requests carried text (in their newest user message) for the
    // observer: "which events reached observers, how often".
    int timesSent(const QString &text) const;

    QList<Request> messageRequests() const { return m_requests; }
    int calls() const { return int(m_requests.size()); }

Q_SIGNALS:
    void requestHandled(int calls);
    void observerRequestHeld(int held);

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        Request request;
    };

    void handleConnection(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QList<Request> m_requests;
    QList<Held> m_held;
    QList<ToolCall> m_toolScript;
    ToolPlanner m_toolPlanner;
    std::function<QString(const Request &)> m_answer;
    QByteArray rateLimitHeaders() const;
    std::optional<RateLimit> m_rateLimit;
    bool m_rejectAuth = false;
    bool m_holdObservers = false;
};
