#pragma once

#include "core/claude/RateLimitInfo.h"
#include "core/claude/StreamJson.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Whether observers may spend more of the user's limits. It reads the newest
// rate-limit info an observer's stream showed (kept in KeyValue
// "usage.rateLimit" with when it was seen), the result lines' tokens (today's
// total in "usage.today") and a refusal (HTTP 429 / status rejected), and
// holds observing above the user's thresholds until the window resets: a
// single-shot timer at the reset (platform/Clock), never polling.
class UsageGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int fiveHourPercent = 80;
        int weeklyPercent = 90;
        qint64 dailyTokenBudget = 0; // 0: off
    };
    // What the guard decided, for the tray, the Status page and `--status`
    // (KeyValue "usage.guard").
    struct Verdict
    {
        bool engaged = false;
        QString reason; // five_hour, seven_day, rejected, daily_budget; empty when not engaged
        qint64 resumesAtMs = 0; // when it lifts by itself
        // What the guard has to go on: nothing seen yet (no observer turn so
        // far), a login without windows (API key: only the budget can apply),
        // or the windows' figures. `--status` "figures".
        enum class Figures { NotSeenYet, NoWindows, Windows };
        Figures figures = Figures::NotSeenYet;
        bool overridden = false; // "Observe anyway" holds until resumesAtMs
        qint64 tokensToday = 0;
        qint64 dailyTokenBudget = 0;

        bool hasWindows() const { return figures == Figures::Windows; }
        QJsonObject toJson() const;
        static Verdict fromJson(const QJsonObject &o);
        bool operator==(const Verdict &o) const
        {
            return engaged == o.engaged && reason == o.reason && resumesAtMs == o.resumesAtMs && figures == o.figures
                && overridden == o.overridden && tokensToday == o.tokensToday && dailyTokenBudget == o.dailyTokenBudget;
        }
    };

    // Without a reset time from the CLI, a refusal holds this long.
    static constexpr qint64 kRejectedFallbackMs = 30 * 60 * 1000;

    explicit UsageGuard(QSqlDatabase db, QObject *parent = nullptr);
    // Monday 00:00 local time of the week that holds ms: "this week" for spend.
    static qint64 startOfWeekMs(qint64 ms);

    void setLimits(const Limits &limits);
    RateLimitInfo rateLimit() const { return m_info; }
    Verdict verdict() const { return m_verdict; }

public Q_SLOTS:
    void noteEvent(const StreamEvent &event);
    // The user's "Observe anyway": lifts the guard until the window that held
    // it resets, across restarts (KeyValue "usage.observeAnyway"); a refusal
    // from the API still holds.
    void observeAnyway();

Q_SIGNALS:
    void rateLimitChanged(const RateLimitInfo &info);
    void verdictChanged(const UsageGuard::Verdict &verdict);

private:
    void noteRateLimit(const RateLimitInfo &info);
    void noteTokens(const RunUsage &usage);
    void noteRefusal();
    void keepOverrideUntil(qint64 ms); // remembered in KeyValue
    void evaluate();
    Verdict judge(qint64 now) const;
    void armTimer(qint64 now);

    QSqlDatabase m_db;
    Limits m_limits;
    RateLimitInfo m_info;
    Verdict m_verdict;
    qint64 m_refusedUntilMs = 0;
    qint64 m_overrideUntilMs = 0;
    QString m_today; // yyyy-MM-dd of tokensToday
    qint64 m_tokensToday = 0;
    QTimer m_resumeTimer;
};
Q_DECLARE_METATYPE(UsageGuard::Verdict)
