#pragma once

#include "core/claude/RateLimitInfo.h"
#include "core/claude/RunUsage.h"

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

// One line of `claude -p --output-format stream-json --verbose`, classified.
struct StreamEvent
{
    enum Kind {
        Init, // system/init: the CLI started a turn
        AssistantText, // the model's words (never judged for sign-in trouble)
        CliError, // an assistant line the CLI wrote itself (error field, synthetic model)
        Result, // end of a turn; isError says how it went
        ApiRetry, // system/api_retry: the CLI retries the API
        RateLimit, // rate_limit_event: the login's usage windows (subscriptions only)
        OtherJson, // valid JSON we do not need
        Garbage, // not JSON at all
    };
    // What stops observing for a while; never the event's fault, so no attempt
    // is counted. Judged only from what the CLI marks as its own error.
    enum Blocker {
        NoBlocker,
        NotSignedIn, // the CLI has no usable login (authentication_failed)
        SignInRejected, // the API refused the login (HTTP 401/403)
        UsageLimit, // HTTP 429, rate_limit, billing_error
        Offline, // the CLI retries an API it cannot reach
        UnsupportedCli, // the CLI refused our command line (a usage error): this version cannot observe
    };
    Kind kind = Garbage;
    Blocker blocker = NoBlocker;
    QString text; // assistant text, result text, or the error
    QString sessionId;
    QString cliVersion; // from init
    QString apiKeySource; // from init ("none", "ANTHROPIC_API_KEY", ...)
    bool isError = false;
    bool authFailure = false; // blocker is NotSignedIn or SignInRejected
    int apiStatus = 0; // HTTP status the CLI reports (api_error_status, error_status); 0 when none
    int retryAttempt = 0;
    QString messageId; // assistant lines: one API response's lines share it
    RunUsage usage; // result lines: what the turn cost, as the CLI reports it
    RateLimitInfo rateLimit; // rate_limit_event lines (seenAtMs left 0: the reader stamps it)
};
Q_DECLARE_METATYPE(StreamEvent)

// The one place that knows what a stream-json line means.
class StreamJson
{
public:
    static StreamEvent classify(QByteArrayView line);
    // The texts Claude Code prints when it cannot authenticate. Trusted only
    // on a line the CLI marks as its own error: a model can repeat them.
    static bool isAuthFailureText(const QString &text);
    // The CLI's own usage error in its stderr (`error: option …`, `error:
    // unknown option …`): it refused our command line. That line, or empty.
    static QString usageError(const QByteArray &stderrText);
};
