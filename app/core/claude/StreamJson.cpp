#include "core/claude/StreamJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

QString StreamJson::usageError(const QByteArray &stderrText)
{
    // commander's words, the CLI's option parser in every version measured:
    // `error: option '--permission-mode <mode>' argument 'dontAsk' is invalid`,
    // `error: unknown option '--tools'`, `error: missing required argument …`.
    static const QRegularExpression re(
        QStringLiteral("^error: (option |unknown option|missing required argument|too many arguments).*$"),
        QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(stderrText)).captured(0).trimmed();
}

namespace {
int statusOf(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : 0; // null when the CLI had no HTTP answer
}

StreamEvent::Blocker blockerOfStatus(int status)
{
    if (status == 401 || status == 403)
        return StreamEvent::SignInRejected;
    if (status == 429)
        return StreamEvent::UsageLimit;
    return StreamEvent::NoBlocker;
}

StreamEvent::Blocker blockerOfErrorType(const QString &type)
{
    if (type == QLatin1String("authentication_failed"))
        return StreamEvent::NotSignedIn;
    if (type == QLatin1String("rate_limit") || type == QLatin1String("billing_error"))
        return StreamEvent::UsageLimit;
    return StreamEvent::NoBlocker; // server_error, invalid_request, ...: that request's failure
}

void classifyApiRetry(const QJsonObject &o, StreamEvent &e)
{
    e.kind = StreamEvent::ApiRetry;
    e.retryAttempt = o.value(QStringLiteral("attempt")).toInt();
    e.text = o.value(QStringLiteral("error")).toString();
    e.apiStatus = statusOf(o.value(QStringLiteral("error_status")));
    // A 401 the CLI retries is a refused login, not a missing network.
    e.blocker = blockerOfStatus(e.apiStatus);
    if (e.blocker != StreamEvent::NoBlocker)
        return;
    // Here authentication_failed comes from the server: the login was refused.
    const StreamEvent::Blocker byType = blockerOfErrorType(e.text);
    e.blocker = byType == StreamEvent::NotSignedIn ? StreamEvent::SignInRejected
        : byType == StreamEvent::UsageLimit        ? StreamEvent::UsageLimit
                                                   : StreamEvent::Offline;
}

void classifyAssistant(const QJsonObject &o, StreamEvent &e)
{
    const QJsonObject message = o.value(QStringLiteral("message")).toObject();
    e.text = textOf(message);
    e.messageId = message.value(QStringLiteral("id")).toString();
    const QString errorType = o.value(QStringLiteral("error")).toString();
    // The CLI's own messages carry an error field or the synthetic model;
    // only those can say anything about sign-in.
    const bool fromCli = !errorType.isEmpty() || o.value(QStringLiteral("is_api_error_message")).toBool()
        || message.value(QStringLiteral("model")).toString() == QLatin1String("<synthetic>");
    if (!fromCli) {
        e.kind = StreamEvent::AssistantText;
        return;
    }
    e.kind = StreamEvent::CliError;
    e.isError = true;
    e.blocker = blockerOfErrorType(errorType);
    if (errorType.isEmpty() && StreamJson::isAuthFailureText(e.text))
        e.blocker = StreamEvent::NotSignedIn; // CLIs that wrote no error field
}

RunUsage usageOf(const QJsonObject &result)
{
    const QJsonObject u = result.value(QStringLiteral("usage")).toObject();
    RunUsage usage;
    usage.inputTokens = u.value(QStringLiteral("input_tokens")).toInteger();
    usage.outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    usage.cacheReadTokens = u.value(QStringLiteral("cache_read_input_tokens")).toInteger();
    usage.cacheCreationTokens = u.value(QStringLiteral("cache_creation_input_tokens")).toInteger();
    usage.numTurns = result.value(QStringLiteral("num_turns")).toInt();
    usage.costUsd = result.value(QStringLiteral("total_cost_usd")).toDouble(-1);
    return usage;
}

void classifyResult(const QJsonObject &o, StreamEvent &e)
{
    e.kind = StreamEvent::Result;
    e.usage = usageOf(o);
    // is_error, not subtype: subtype says "success" even for auth failures.
    e.isError = o.value(QStringLiteral("is_error")).toBool();
    e.text = o.value(QStringLiteral("result")).toString();
    if (e.isError && e.text.isEmpty())
        e.text = o.value(QStringLiteral("errors")).toVariant().toStringList().join(QLatin1Char(' '));
    if (!e.isError)
        return;
    e.apiStatus = statusOf(o.value(QStringLiteral("api_error_status")));
    e.blocker = blockerOfStatus(e.apiStatus);
    // is_error marks the text as the CLI's own: there its words can be trusted.
    if (e.blocker == StreamEvent::NoBlocker && e.apiStatus == 0 && StreamJson::isAuthFailureText(e.text))
        e.blocker = StreamEvent::NotSignedIn;
}
} // namespace

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
        classifyApiRetry(o, e);
    } else if (type == QLatin1String("assistant")) {
        classifyAssistant(o, e);
    } else if (type == QLatin1String("result")) {
        classifyResult(o, e);
    } else if (type == QLatin1String("rate_limit_event")) {
        e.kind = StreamEvent::RateLimit;
        e.rateLimit = RateLimitInfo::fromStream(o.value(QStringLiteral("rate_limit_info")).toObject());
        if (e.rateLimit.rejected())
            e.blocker = StreamEvent::UsageLimit; // the API refused: the turn's error follows
    }
    e.authFailure = e.blocker == StreamEvent::NotSignedIn || e.blocker == StreamEvent::SignInRejected;
    return e;
}
