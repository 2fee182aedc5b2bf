#include "HookEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

bool HookEvent::isKnownKind(const QString &kind)
{
    static const QStringList kinds { QStringLiteral("session-start"), QStringLiteral("user-prompt-submit"),
        QStringLiteral("post-tool-use"), QStringLiteral("stop"), QStringLiteral("session-end") };
    return kinds.contains(kind);
}

QJsonValue HookEvent::stripPrivate(const QJsonValue &value)
{
    static const QRegularExpression privateBlock(QStringLiteral("<private>.*?(</private>|$)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    if (value.isString()) {
        QString s = value.toString();
        if (s.contains(QLatin1String("<private"), Qt::CaseInsensitive))
            s.replace(privateBlock, QStringLiteral("[private]"));
        return s;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(stripPrivate(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), stripPrivate(it.value()));
        return out;
    }
    return value;
}

QJsonValue HookEvent::cap(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        return value;
    if (text.size() <= kMaxFieldChars)
        return value;
    const qsizetype half = kMaxFieldChars / 2;
    return text.left(half) + QStringLiteral("\n[… %1 characters cut by Observer Tray …]\n").arg(text.size() - 2 * half)
        + text.right(half);
}

std::optional<HookEvent> HookEvent::parse(const QString &kind, const QByteArray &stdinBytes, QString *reason)
{
    if (!isKnownKind(kind)) {
        *reason = QStringLiteral("unknown event '%1' (expected session-start, user-prompt-submit, post-tool-use, "
                                 "stop or session-end)")
                      .arg(kind.left(40));
        return std::nullopt;
    }
    if (stdinBytes.trimmed().isEmpty()) {
        *reason = QStringLiteral("no event JSON on stdin");
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(stdinBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason
            = QStringLiteral("stdin is not a JSON object (%1 at byte %2)")
                  .arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object"))
                  .arg(error.offset);
        return std::nullopt;
    }
    const QJsonObject in = doc.object();
    HookEvent e;
    e.kind = kind;
    e.sessionId = in.value(QStringLiteral("session_id")).toString();
    if (e.sessionId.isEmpty() || e.sessionId.size() > 200) {
        *reason = QStringLiteral("the event has no usable session_id");
        return std::nullopt;
    }
    e.cwd = in.value(QStringLiteral("cwd")).toString();
    e.toolName = in.value(QStringLiteral("tool_name")).toString();
    if (kind == QLatin1String("post-tool-use") && e.toolName.isEmpty()) {
        *reason = QStringLiteral("post-tool-use event without tool_name");
        return std::nullopt;
    }
    // Keep only the fields the observer needs; everything else stays with Claude Code.
    static const QStringList kept { QStringLiteral("session_id"), QStringLiteral("cwd"),
        QStringLiteral("hook_event_name"), QStringLiteral("prompt"), QStringLiteral("tool_name"),
        QStringLiteral("tool_input"), QStringLiteral("tool_response"), QStringLiteral("tool_use_id"),
        QStringLiteral("source"), QStringLiteral("stop_hook_active"), QStringLiteral("transcript_path"),
        QStringLiteral("reason") };
    for (const QString &key : kept) {
        if (!in.contains(key))
            continue;
        QJsonValue v = stripPrivate(in.value(key));
        if (key == QLatin1String("tool_input") || key == QLatin1String("tool_response")
            || key == QLatin1String("prompt"))
            v = cap(v);
        e.payload.insert(key, v);
    }
    return e;
}
