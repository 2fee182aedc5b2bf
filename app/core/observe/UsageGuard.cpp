#include "core/observe/UsageGuard.h"

#include "core/platform/Clock.h"
#include "core/store/KeyValue.h"

#include <QDateTime>

namespace {
const QString kRateLimitKey = QStringLiteral("usage.rateLimit");
const QString kTodayKey = QStringLiteral("usage.today");
const QString kGuardKey = QStringLiteral("usage.guard");
const QString kObserveAnywayKey = QStringLiteral("usage.observeAnyway"); // {"until": ms}
const QStringList kFiguresNames { QStringLiteral("not_seen_yet"), QStringLiteral("no_windows"),
    QStringLiteral("windows") }; // Verdict::Figures, in order
constexpr qint64 kResetMarginMs = 500; // resets come in whole seconds
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000; // QTimer takes an int; it re-arms on firing

QString dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

qint64 startOfNextDayMs(qint64 ms)
{
    return QDateTime(QDateTime::fromMSecsSinceEpoch(ms).date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}

bool over(const UsageWindow &w, int percent, qint64 now)
{
    return w.known() && !w.hasReset(now) && w.utilization * 100.0 >= percent;
}
} // namespace

qint64 UsageGuard::startOfWeekMs(qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    return QDateTime(day.addDays(1 - day.dayOfWeek()), QTime(0, 0)).toMSecsSinceEpoch();
}

QJsonObject UsageGuard::Verdict::toJson() const
{
    QJsonObject o { { QStringLiteral("engaged"), engaged }, { QStringLiteral("hasWindows"), hasWindows() },
        { QStringLiteral("figures"), kFiguresNames.at(int(figures)) }, { QStringLiteral("overridden"), overridden },
        { QStringLiteral("tokensToday"), tokensToday }, { QStringLiteral("dailyTokenBudget"), dailyTokenBudget } };
    if (engaged || overridden) { // overridden: why it would hold, and until when the user's choice lasts
        o.insert(QStringLiteral("reason"), reason);
        o.insert(QStringLiteral("resumesAt"), resumesAtMs);
    }
    return o;
}

UsageGuard::Verdict UsageGuard::Verdict::fromJson(const QJsonObject &o)
{
    Verdict v;
    v.engaged = o.value(QStringLiteral("engaged")).toBool();
    v.reason = o.value(QStringLiteral("reason")).toString();
    v.resumesAtMs = o.value(QStringLiteral("resumesAt")).toInteger();
    const int figures = kFiguresNames.indexOf(o.value(QStringLiteral("figures")).toString());
    if (figures >= 0)
        v.figures = Figures(figures);
    else if (o.contains(QStringLiteral("hasWindows"))) // stored before "figures" existed
        v.figures = o.value(QStringLiteral("hasWindows")).toBool() ? Figures::Windows : Figures::NoWindows;
    v.overridden = o.value(QStringLiteral("overridden")).toBool();
    v.tokensToday = o.value(QStringLiteral("tokensToday")).toInteger();
    v.dailyTokenBudget = o.value(QStringLiteral("dailyTokenBudget")).toInteger();
    return v;
}

UsageGuard::UsageGuard(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    qRegisterMetaType<RateLimitInfo>();
    qRegisterMetaType<UsageGuard::Verdict>();
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &UsageGuard::evaluate);
    // What the last run saw still holds until its windows reset.
    m_info = RateLimitInfo::fromJson(KeyValue::get(m_db, kRateLimitKey));
    const QJsonObject today = KeyValue::get(m_db, kTodayKey);
    m_today = today.value(QStringLiteral("day")).toString();
    m_tokensToday = today.value(QStringLiteral("tokens")).toInteger();
    const Verdict last = Verdict::fromJson(KeyValue::get(m_db, kGuardKey));
    if (last.engaged && last.reason == QLatin1String("rejected"))
        m_refusedUntilMs = last.resumesAtMs;
    // The user's "Observe anyway" holds across a restart until the window it overrode resets.
    m_overrideUntilMs = KeyValue::get(m_db, kObserveAnywayKey).value(QStringLiteral("until")).toInteger();
}

void UsageGuard::setLimits(const Limits &limits)
{
    m_limits = limits;
    evaluate();
}

void UsageGuard::noteEvent(const StreamEvent &event)
{
    if (event.kind == StreamEvent::RateLimit)
        noteRateLimit(event.rateLimit);
    else if (event.kind == StreamEvent::Result)
        noteTokens(event.usage);
    if (event.blocker == StreamEvent::UsageLimit)
        noteRefusal();
    evaluate();
}

void UsageGuard::noteRateLimit(const RateLimitInfo &incoming)
{
    RateLimitInfo info = incoming;
    info.seenAtMs = Clock::nowMs();
    // A line without figures (API-key logins print {"status":"allowed"}) keeps
    // nothing worth showing; it still says there are no windows to go on.
    m_info = info;
    KeyValue::put(m_db, kRateLimitKey, m_info.toJson());
    Q_EMIT rateLimitChanged(m_info);
    if (m_info.rejected())
        noteRefusal();
}

void UsageGuard::noteTokens(const RunUsage &usage)
{
    const qint64 now = Clock::nowMs();
    if (m_today != dayOf(now)) {
        m_today = dayOf(now);
        m_tokensToday = 0;
    }
    m_tokensToday += usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheCreationTokens;
    KeyValue::put(m_db, kTodayKey, { { QStringLiteral("day"), m_today }, { QStringLiteral("tokens"), m_tokensToday } });
}

void UsageGuard::noteRefusal()
{
    // The API said no: until the binding window resets, whatever the user chose.
    const qint64 now = Clock::nowMs();
    qint64 until = m_info.resetsAtMs > now ? m_info.resetsAtMs : 0;
    for (const UsageWindow &w : { m_info.fiveHour, m_info.sevenDay }) {
        if (w.status == QLatin1String("rejected") && w.resetsAtMs > until)
            until = w.resetsAtMs;
    }
    m_refusedUntilMs = until > now ? until : now + kRejectedFallbackMs;
    keepOverrideUntil(0);
}

void UsageGuard::keepOverrideUntil(qint64 ms)
{
    if (ms == m_overrideUntilMs)
        return;
    m_overrideUntilMs = ms;
    KeyValue::put(m_db, kObserveAnywayKey, { { QStringLiteral("until"), ms } });
}

void UsageGuard::observeAnyway()
{
    const qint64 now = Clock::nowMs();
    const Verdict held = judge(now);
    if (!held.engaged || held.reason == QLatin1String("rejected"))
        return;
    keepOverrideUntil(held.resumesAtMs);
    evaluate();
}

UsageGuard::Verdict UsageGuard::judge(qint64 now) const
{
    Verdict v;
    v.figures = m_info.fiveHour.known() || m_info.sevenDay.known() ? Verdict::Figures::Windows
        : m_info.seenAtMs > 0                                      ? Verdict::Figures::NoWindows
                                                                   : Verdict::Figures::NotSeenYet;
    v.tokensToday = m_today == dayOf(now) ? m_tokensToday : 0;
    v.dailyTokenBudget = m_limits.dailyTokenBudget;
    auto hold = [&v](const QString &reason, qint64 until) {
        if (!v.engaged || until > v.resumesAtMs) {
            v.reason = reason;
            v.resumesAtMs = until;
        }
        v.engaged = true;
    };
    if (m_refusedUntilMs > now) {
        hold(QStringLiteral("rejected"), m_refusedUntilMs);
        return v;
    }
    if (over(m_info.fiveHour, m_limits.fiveHourPercent, now))
        hold(QStringLiteral("five_hour"), m_info.fiveHour.resetsAtMs);
    if (over(m_info.sevenDay, m_limits.weeklyPercent, now))
        hold(QStringLiteral("seven_day"), m_info.sevenDay.resetsAtMs);
    if (m_limits.dailyTokenBudget > 0 && v.tokensToday >= m_limits.dailyTokenBudget)
        hold(QStringLiteral("daily_budget"), startOfNextDayMs(now));
    if (v.engaged && m_overrideUntilMs > now) {
        v.engaged = false; // the user said observe anyway; it still shows why it would hold
        v.overridden = true;
    }
    return v;
}

void UsageGuard::evaluate()
{
    const qint64 now = Clock::nowMs();
    const Verdict v = judge(now);
    armTimer(now);
    if (v == m_verdict)
        return;
    m_verdict = v;
    KeyValue::put(m_db, kGuardKey, m_verdict.toJson());
    Q_EMIT verdictChanged(m_verdict);
}

void UsageGuard::armTimer(qint64 now)
{
    // One timer at the next moment the verdict can change by itself.
    qint64 next = 0;
    for (qint64 at : { m_refusedUntilMs, m_overrideUntilMs, m_info.fiveHour.resetsAtMs, m_info.sevenDay.resetsAtMs }) {
        if (at > now && (next == 0 || at < next))
            next = at;
    }
    if (m_limits.dailyTokenBudget > 0 && (next == 0 || startOfNextDayMs(now) < next))
        next = startOfNextDayMs(now);
    if (next == 0) {
        m_resumeTimer.stop();
        return;
    }
    m_resumeTimer.start(int(std::min(next - now + kResetMarginMs, kMaxTimerMs)));
}
