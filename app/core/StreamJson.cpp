#include "StreamJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString textOf(const QJsonObject &message)
{
    QString out;
    const QJsonArray content = message.value(QStringLiteral("content")).toArray();
    for (const QJsonValue &block : content) {
        const QJsonObject b = block.toObject();
        if (b.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            out += b.value(QStringLiteral("text")).toString();
    }
    return out;
}
} // namespace

bool StreamJson::isAuthFailureText(const QString &text)
{
    static const QStringList needles {
        QStringLiteral("Not logged in · Please run /login"),
        QStringLiteral("Invalid API key · Please run /login"),
        QStringLiteral("Invalid API key · Fix external API key"),
        QStringLiteral("Invalid auth token · Fix external auth token"),
        QStringLiteral("OAuth token revoked · Please run /login"),
        QStringLiteral("Login expired · Please run /login"),
        QStringLiteral("Failed to authenticate. API Error: 401"),
    };
    const QString t = text.trimmed();
    for (const QString &n : needles) {
        if (t.startsWith(n))
            return true;
    }
    return false;
}

StreamEvent StreamJson::classify(QByteArrayView line)
{
    StreamEvent e;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        e.kind = StreamEvent::Garbage;
        e.text = QString::fromUtf8(line.first(std::min<qsizetype>(200, line.size())).toByteArray());
        return e;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QString subtype = o.value(QStringLiteral("subtype")).toString();
    e.sessionId = o.value(QStringLiteral("session_id")).toString();
    e.kind = StreamEvent::OtherJson;
    if (type == QLatin1String("system") && subtype == QLatin1String("init")) {
        e.kind = StreamEvent::Init;
        e.cliVersion = o.value(QStringLiteral("claude_code_version")).toString();
        e.apiKeySource = o.value(QStringLiteral("apiKeySource")).toString();
    } else if (type == QLatin1String("system") && subtype == QLatin1String("api_retry")) {
        e.kind = StreamEvent::ApiRetry;
        e.retryAttempt = o.value(QStringLiteral("attempt")).toInt();
        e.text = o.value(QStringLiteral("error")).toString();
    } else if (type == QLatin1String("assistant")) {
        e.text = textOf(o.value(QStringLiteral("message")).toObject());
        const bool authError = o.value(QStringLiteral("error")).toString() == QLatin1String("authentication_failed");
        e.authFailure = authError || isAuthFailureText(e.text);
        e.kind = e.authFailure ? StreamEvent::AuthFailed : StreamEvent::AssistantText;
        e.isError = authError;
    } else if (type == QLatin1String("result")) {
        // is_error, not subtype: subtype says "success" even for auth failures.
        e.isError = o.value(QStringLiteral("is_error")).toBool();
        e.text = o.value(QStringLiteral("result")).toString();
        if (e.isError && e.text.isEmpty())
            e.text = o.value(QStringLiteral("errors")).toVariant().toStringList().join(QLatin1Char(' '));
        e.authFailure = e.isError && isAuthFailureText(e.text);
        e.kind = StreamEvent::Result;
    }
    return e;
}
