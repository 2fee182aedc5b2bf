#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One usage window of a subscription login (five_hour, seven_day), as the
// CLI's rate_limit_event tells it from the API's
// `anthropic-ratelimit-unified-*` headers.
struct UsageWindow
{
    double utilization = -1; // 0..1; -1: the CLI gave none
    qint64 resetsAtMs = 0; // 0: unknown
    QString status; // allowed, allowed_warning, rejected

    bool known() const { return utilization >= 0; }
    // Past its reset the figure no longer holds: the window starts empty.
    bool hasReset(qint64 nowMs) const { return resetsAtMs > 0 && nowMs >= resetsAtMs; }
    bool operator==(const UsageWindow &o) const
    {
        return utilization == o.utilization && resetsAtMs == o.resetsAtMs && status == o.status;
    }
};

// The newest rate-limit info an observer's stream showed, and when it was
// seen. API-key users get none (isEmpty()).
struct RateLimitInfo
{
    QString status; // the binding window's: allowed, allowed_warning, rejected
    QString rateLimitType; // which window binds: five_hour, seven_day, ...
    qint64 resetsAtMs = 0; // when the binding window resets
    UsageWindow fiveHour;
    UsageWindow sevenDay;
    qint64 seenAtMs = 0;

    bool isEmpty() const { return status.isEmpty() && !fiveHour.known() && !sevenDay.known(); }
    bool rejected() const { return status == QLatin1String("rejected"); }

    // The stream's `rate_limit_info` object.
    static RateLimitInfo fromStream(const QJsonObject &info);
    // As kept in KeyValue ("usage.rateLimit") and shown by `--status`.
    QJsonObject toJson() const;
    static RateLimitInfo fromJson(const QJsonObject &o);
    bool operator==(const RateLimitInfo &o) const
    {
        return status == o.status && rateLimitType == o.rateLimitType && resetsAtMs == o.resetsAtMs
            && fiveHour == o.fiveHour && sevenDay == o.sevenDay && seenAtMs == o.seenAtMs;
    }
};
Q_DECLARE_METATYPE(RateLimitInfo)
