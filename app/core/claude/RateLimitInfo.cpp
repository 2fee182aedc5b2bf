#include "core/claude/RateLimitInfo.h"

namespace {
// The CLI gives epoch seconds; we keep milliseconds like every other time here.
qint64 msOfSeconds(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble() * 1000) : 0;
}

UsageWindow windowFromStream(const QJsonObject &w)
{
    UsageWindow window;
    window.utilization = w.value(QStringLiteral("utilization")).toDouble(-1);
    window.resetsAtMs = msOfSeconds(w.value(QStringLiteral("resetsAt")));
    window.status = w.value(QStringLiteral("status")).toString();
    return window;
}

QJsonObject windowToJson(const UsageWindow &w)
{
    return { { QStringLiteral("utilization"), w.utilization }, { QStringLiteral("resetsAt"), w.resetsAtMs },
        { QStringLiteral("status"), w.status } };
}

UsageWindow windowFromJson(const QJsonObject &o)
{
    UsageWindow w;
    w.utilization = o.value(QStringLiteral("utilization")).toDouble(-1);
    w.resetsAtMs = o.value(QStringLiteral("resetsAt")).toInteger();
    w.status = o.value(QStringLiteral("status")).toString();
    return w;
}
} // namespace

RateLimitInfo RateLimitInfo::fromStream(const QJsonObject &info)
{
    RateLimitInfo r;
    r.status = info.value(QStringLiteral("status")).toString();
    r.rateLimitType = info.value(QStringLiteral("rateLimitType")).toString();
    r.resetsAtMs = msOfSeconds(info.value(QStringLiteral("resetsAt")));
    const QJsonObject windows = info.value(QStringLiteral("unifiedWindows")).toObject();
    r.fiveHour = windowFromStream(windows.value(QStringLiteral("five_hour")).toObject());
    r.sevenDay = windowFromStream(windows.value(QStringLiteral("seven_day")).toObject());
    // A CLI that names only the binding window: that window is the top level.
    UsageWindow top = windowFromStream(info);
    if (r.rateLimitType == QLatin1String("five_hour") && !r.fiveHour.known())
        r.fiveHour = top;
    else if (r.rateLimitType == QLatin1String("seven_day") && !r.sevenDay.known())
        r.sevenDay = top;
    return r;
}

QJsonObject RateLimitInfo::toJson() const
{
    return { { QStringLiteral("status"), status }, { QStringLiteral("rateLimitType"), rateLimitType },
        { QStringLiteral("resetsAt"), resetsAtMs }, { QStringLiteral("fiveHour"), windowToJson(fiveHour) },
        { QStringLiteral("sevenDay"), windowToJson(sevenDay) }, { QStringLiteral("seenAt"), seenAtMs } };
}

RateLimitInfo RateLimitInfo::fromJson(const QJsonObject &o)
{
    RateLimitInfo r;
    r.status = o.value(QStringLiteral("status")).toString();
    r.rateLimitType = o.value(QStringLiteral("rateLimitType")).toString();
    r.resetsAtMs = o.value(QStringLiteral("resetsAt")).toInteger();
    r.fiveHour = windowFromJson(o.value(QStringLiteral("fiveHour")).toObject());
    r.sevenDay = windowFromJson(o.value(QStringLiteral("sevenDay")).toObject());
    r.seenAtMs = o.value(QStringLiteral("seenAt")).toInteger();
    return r;
}
