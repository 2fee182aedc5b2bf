#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// One Claude Code hook event as the hook receives it on stdin: validated,
// private content stripped and large fields capped, ready to queue.
struct HookEvent
{
    QString kind; // session-start, user-prompt-submit, post-tool-use, stop, session-end
    QString sessionId;
    QString cwd;
    QString toolName;
    QJsonObject payload; // what is stored

    static constexpr qsizetype kMaxStdinBytes = 8 * 1024 * 1024;
    static constexpr qsizetype kMaxFieldChars = 16000;

    static bool isKnownKind(const QString &kind);
    // Parses stdin bytes; nullopt with a one-line reason on bad input.
    static std::optional<HookEvent> parse(const QString &kind, const QByteArray &stdinBytes, QString *reason);

    // "<private>…</private>" → "[private]", in every string of the value.
    static QJsonValue stripPrivate(const QJsonValue &value);
    // Longer than kMaxFieldChars → head and tail kept, the cut marked.
    static QJsonValue cap(const QJsonValue &value);
};
