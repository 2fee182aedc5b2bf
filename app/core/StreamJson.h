#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

// One line of `claude -p --output-format stream-json --verbose`, classified.
struct StreamEvent
{
    enum Kind {
        Init, // system/init: the CLI started a turn
        AssistantText, // an assistant message with text
        AuthFailed, // the CLI could not authenticate (assistant error or result text)
        Result, // end of a turn; isError says how it went
        ApiRetry, // system/api_retry: the API is unreachable, the CLI retries
        OtherJson, // valid JSON we do not need
        Garbage, // not JSON at all
    };
    Kind kind = Garbage;
    QString text; // assistant text, result text, or the error
    QString sessionId;
    QString cliVersion; // from init
    QString apiKeySource; // from init ("none", "ANTHROPIC_API_KEY", ...)
    bool isError = false;
    bool authFailure = false; // the text is one of the CLI's sign-in failures
    int retryAttempt = 0;
};
Q_DECLARE_METATYPE(StreamEvent)

// The one place that knows what a stream-json line means.
class StreamJson
{
public:
    static StreamEvent classify(QByteArrayView line);
    // The texts Claude Code prints when it cannot authenticate.
    static bool isAuthFailureText(const QString &text);
};
