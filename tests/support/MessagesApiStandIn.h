#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

#include <functional>

// A stand-in for the Anthropic Messages API on 127.0.0.1, so the real
// `claude` CLI can run whole observer sessions offline. It answers
// POST /v1/messages with the standard SSE events, records what reached it
// (which credential, how many messages, how many bytes) and counts calls.
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
    };

    explicit MessagesApiStandIn(QObject *parent = nullptr);
    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    // The answer text for each call; default: a fixed <observation> block.
    void setAnswer(std::function<QString(const Request &)> answer) { m_answer = std::move(answer); }
    // Reply 401 (invalid credentials) instead of answering.
    void setRejectAuth(bool reject) { m_rejectAuth = reject; }
    // Record requests but answer none while on (an observer waiting for its
    // answer); requestHandled still says one arrived.
    void setHoldAnswers(bool hold) { m_holdAnswers = hold; }

    QList<Request> messageRequests() const { return m_requests; }
    int calls() const { return int(m_requests.size()); }

Q_SIGNALS:
    void requestHandled(int calls);

private:
    void handleConnection(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QList<Request> m_requests;
    std::function<QString(const Request &)> m_answer;
    bool m_rejectAuth = false;
    bool m_holdAnswers = false;
};
